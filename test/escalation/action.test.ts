import { RuntimeError } from '@botpress/sdk'
import { describe, expect, it } from 'vitest'
import { detectEscalation as detectEscalationAction } from '../../src/actions/detect-escalation'
import { detectEscalationOutputSchema, type DetectEscalationInput } from '../../src/definitions/escalation'

const ctx = (escalation?: object) => ({
  botId: 'bot_1',
  integrationId: 'int_1',
  integrationAlias: 'hitl',
  configuration: escalation === undefined ? {} : { escalation },
})
/** The action as the SDK server calls it (it needs no Botpress API). */
const detectEscalation = (props: { input: DetectEscalationInput; ctx: ReturnType<typeof ctx> }) =>
  detectEscalationAction({ ...props, type: 'detectEscalation' } as never)

describe('detectEscalation action', () => {
  it('returns escalate with masked reasons, valid against the output schema', async () => {
    const out = await detectEscalation({
      input: { text: 'Get me an agent, my card 4111 1111 1111 1111 was charged twice' },
      ctx: ctx(),
    })
    expect(detectEscalationOutputSchema.parse(out)).toEqual(out)
    expect(out.escalate).toBe(true)
    expect(out.reasons.map((r) => r.kind).sort()).toEqual(['human-request', 'sensitive-data'])
    expect(JSON.stringify(out)).not.toContain('4111 1111 1111 1111')
  })

  it('returns no escalation for ordinary traffic', async () => {
    expect(await detectEscalation({ input: { text: 'How do I reset my password?' }, ctx: ctx() })).toEqual({
      escalate: false,
      reasons: [],
    })
  })

  it('uses the history for build-up frustration', async () => {
    const input = {
      text: 'still not working',
      history: ['my app is not working', 'it still does not work', 'this is getting annoying'],
    }
    expect((await detectEscalation({ input, ctx: ctx() })).escalate).toBe(true)
  })

  it('applies the configured keywords and detector switches', async () => {
    const config = {
      keywords: ['voucher'],
      patterns: [],
      detectors: { humanRequest: false, sensitiveData: true, legal: true, frustration: true },
    }
    const out = await detectEscalation({ input: { text: 'talk to a human about a voucher' }, ctx: ctx(config) })
    expect(out.reasons).toEqual([{ rule: 'keyword:voucher', kind: 'keyword', match: 'voucher' }])
  })

  it.each([
    [{ text: 42 }, 'text'],
    [{}, 'text'],
    [{ text: 'hi', history: 'nope' }, 'history'],
    [{ text: 'hi', history: ['ok', 3] }, 'history[1]'],
  ])('refuses bad input %j naming the field', async (input, field) => {
    const call = detectEscalation({ input: input as unknown as DetectEscalationInput, ctx: ctx() })
    await expect(call).rejects.toBeInstanceOf(RuntimeError)
    await expect(detectEscalation({ input: input as unknown as DetectEscalationInput, ctx: ctx() })).rejects.toThrow(
      `detectEscalation: ${field}`
    )
  })

  it('reports a bad configured pattern as a RuntimeError naming it', async () => {
    const call = detectEscalation({ input: { text: 'hi' }, ctx: ctx({ patterns: ['refund(?! policy)'] }) })
    await expect(call).rejects.toThrow(/refund\(\?! policy\).*escalation\.patterns\[0\].*lookahead/)
  })
})
