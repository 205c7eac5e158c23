import { describe, expect, it } from 'vitest'
import { actions } from '../../src/actions'
import { inputSchemas } from '../../src/actions/input-schemas'

describe('input checking', () => {
  it('every action served has a schema its input is checked against', () => {
    expect(Object.keys(inputSchemas).sort()).toEqual(Object.keys(actions).sort())
  })
})
