import { isApiError, UnknownError } from '@botpress/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isRetriable, isTransient, retriableOnTransient } from '../../src/api/errors'
import { startHarness, type Harness } from '../support/hitl-harness'

/** What @botpress/client throws when an HTTP server answers without an API error body (431 for a huge URL). */
const bodilessAnswer = (status: number) =>
  new UnknownError(
    `Request failed with status code ${status}`,
    Object.assign(new Error('axios'), { response: { status } })
  )

const refusalOf = async (call: Promise<unknown>) => {
  try {
    await call
  } catch (err) {
    if (isApiError(err)) return err
    throw err
  }
  throw new Error('expected the call to be refused, it succeeded')
}

describe('a permanent error is never reported as retriable', () => {
  it('a 4xx without an API body (the client calls it a 500) stays final', async () => {
    expect(isTransient(bodilessAnswer(431))).toBe(false)
    expect(isTransient(bodilessAnswer(413))).toBe(false)
    expect(isTransient(bodilessAnswer(502))).toBe(true)
    const err = await retriableOnTransient(() => Promise.reject(bodilessAnswer(431))).catch((e: unknown) => e)
    expect(isRetriable(err)).toBe(false)
    expect((err as Error).message).not.toMatch(/try again/)
  })
})

describe('through the stand-in, as the HITL tab calls', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(() => h.close())

  const agent = { email: 'ann@shop.test', name: 'Ann' }
  const hugeId = `conv_${'x'.repeat(1_000_000)}`

  it.each([
    ['getSession', 'conversationId', { conversationId: hugeId }],
    ['closeSession', 'conversationId', { conversationId: hugeId, agent, reason: 'done' }],
    ['stopHitl', 'conversationId', { conversationId: hugeId }],
    ['startHitl', 'userId', { userId: `user_${'x'.repeat(1_000_000)}`, messageHistory: [] }],
    ['listSessions', 'assigneeId', { assigneeId: hugeId }],
  ])('%s with a 1 MB id is a clear, final refusal naming %s', async (action, field, input) => {
    const err = await refusalOf(h.call(action, input))
    expect(err.message).toContain(`${field}: An id has at most 100 characters`)
    expect(err.message).not.toMatch(/try again/)
    expect(err.metadata?.retriable).not.toBe(true)
  })

  it.each([
    ['closeSession', { conversationId: 'conv_1', agent, reason: '   ' }],
    ['assignAgent', { conversationId: 'conv_1', agent, reason: ' \n\t ' }],
  ])('%s refuses a blank reason, naming it', async (action, input) => {
    const err = await refusalOf(h.call(action, input))
    expect(err.message).toMatch(/reason: Must not be blank/)
  })
})
