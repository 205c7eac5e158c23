// Runs beside every test file: each desk action call that reaches the stand-in, and its answer, must match
// docs/openapi.yaml. The published contract is thereby checked by everything the suite does, not by samples.
import { afterAll, expect } from 'vitest'

import { observeActionCalls } from '../../standin/src/action-observers'
import { deskActions } from '../../src/definitions/desk-actions'
import { presenceActions } from '../../src/definitions/presence-actions'
import { savedReplyActions } from '../../src/definitions/saved-reply-actions'
import { loadDeskContract } from './desk-contract'

const contract = loadDeskContract()
const deskActionNames = new Set(Object.keys({ ...deskActions, ...presenceActions, ...savedReplyActions }))
const violations: string[] = []

const stopObserving = observeActionCalls(({ type, input, outcome }) => {
  if (!deskActionNames.has(type.slice(type.indexOf(':') + 1))) return
  violations.push(...contract.callProblems(type, input, outcome))
})

afterAll(() => {
  stopObserving()
  expect(violations, 'desk action calls that do not match docs/openapi.yaml').toEqual([])
})
