import { Client } from '@botpress/client'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { maskingOn, maskPayload, maskSensitiveText } from '../../src/escalation/mask-sensitive'
import { decodeTranscript } from '../../src/session/transcript'
import { endUserSays, key } from '../support/fixtures'
import { startHarness, type Harness } from '../support/hitl-harness'

const CARD = '4111 1111 1111 1111'
const IBAN = 'DE89 3704 0044 0532 0130 00'
const SSN = '123-45-6789'
const secrets = [CARD, IBAN, SSN, CARD.replace(/ /g, ''), IBAN.replace(/ /g, ''), '123456789']

describe('maskSensitiveText', () => {
  it('masks card numbers, IBANs and SSNs, keeping the last 4', () => {
    expect(maskSensitiveText(`card ${CARD} iban ${IBAN} ssn ${SSN}`)).toBe(
      'card **** **** **** 1111 iban DE** **** **** **** **30 00 ssn ***-**-6789'
    )
  })

  it('leaves order numbers, emails, phone numbers and plain text as typed', () => {
    const text = 'order 4111 1111 1111 1112, mail erin@example.com, call +33 6 12 34 56 78'
    expect(maskSensitiveText(text)).toBe(text)
  })

  it('is on unless the configuration says false (Botpress may send the configuration without defaults)', () => {
    expect([maskingOn({}), maskingOn(undefined), maskingOn({ maskSensitiveData: true })]).toEqual([true, true, true])
    expect(maskingOn({ maskSensitiveData: false })).toBe(false)
  })

  it('masks every string in a payload, bloc items included', () => {
    expect(maskPayload({ items: [{ type: 'text', payload: { text: `my card ${CARD}` } }], userId: 'u1' })).toEqual({
      items: [{ type: 'text', payload: { text: 'my card **** **** **** 1111' } }],
      userId: 'u1',
    })
  })
})

describe('maskSensitiveData in sessions (on by default)', () => {
  let h: Harness
  const output: string[] = []
  beforeAll(async () => {
    h = await startHarness()
    // Everything the integration logs in this process, to prove the original never reaches a log.
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream)
      vi.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
        output.push(String(chunk))
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest)
      })
    }
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await h.close()
  })

  it('agents see the last 4 only, and the stand-in never stored the original', async () => {
    const { userId } = await h.call('createUser', { name: 'Erin', email: `${key()}@no-reply.bot.botpress.com` })
    const { conversationId } = await h.call('startHitl', {
      userId,
      title: 'Card problem',
      description: `Card ${CARD} declined`,
      messageHistory: [
        { source: { type: 'user', userId }, type: 'text', payload: { text: `my card is ${CARD}` } },
        { source: { type: 'bot' }, type: 'text', payload: { text: 'Thanks' } },
        { source: { type: 'user', userId }, type: 'text', payload: { text: `IBAN ${IBAN}, SSN ${SSN}` } },
      ],
    })
    const live = await endUserSays(h, conversationId, userId, `charge this one instead: ${CARD}`)

    const { session } = await h.call('getSession', { conversationId })
    expect(session.description).toBe('Card **** **** **** 1111 declined')
    expect(session.transcript.map((m: any) => m.payload.text)).toEqual([
      'my card is **** **** **** 1111',
      'Thanks',
      'IBAN DE** **** **** **** **30 00, SSN ***-**-6789',
    ])
    expect(session.messages.map((m: any) => m.payload.text)).toEqual(['charge this one instead: **** **** **** 1111'])

    // The raw store: the transcript state as stored, and the live message as Botpress now holds it.
    const asIntegration = new Client({
      apiUrl: h.standin.url,
      token: process.env.BP_TOKEN,
      botId: h.botId,
      integrationId: h.integrationId,
    })
    const { state } = await asIntegration.getState({ type: 'conversation', id: conversationId, name: 'transcript' })
    const stored = JSON.stringify(decodeTranscript([state.payload as never])) + JSON.stringify(state.payload)
    const { message } = await h.api.getMessage({ id: live.id })
    const raw = stored + JSON.stringify(message.payload)
    for (const secret of secrets) expect(raw).not.toContain(secret)
    expect(message.payload.text).toBe('charge this one instead: **** **** **** 1111')
    for (const secret of secrets) expect(output.join('')).not.toContain(secret)
  })
})
