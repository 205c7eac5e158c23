import { describe, expect, it } from 'vitest'
import { integration } from '../../src'
import { callActionDirectly } from '../support/call-action-directly'

/**
 * Straight into the SDK integration server, as Botpress calls it: the server does not check inputs
 * against the definition, so these prove the integration's own check names the field and writes nothing
 * (no API is reachable here: a call that tried to write would fail differently).
 */
const callAction = callActionDirectly

describe('action input checked by the integration itself', () => {
  it.each([
    ['createUser', { email: 'a@b.test' }, /Invalid input for createUser: name: Required/],
    ['startHitl', { userId: 'user_1' }, /Invalid input for startHitl: messageHistory: Required/],
    [
      'startHitl',
      { userId: 'user_1', messageHistory: [{ source: { type: 'bot' }, type: 'text', payload: {} }] },
      /messageHistory\[0\]/,
    ],
    ['stopHitl', {}, /Invalid input for stopHitl: conversationId: Required/],
    [
      'assignAgent',
      { conversationId: 'c', agent: { email: 'not-an-email', name: 'A' } },
      /assignAgent: agent\.email: Invalid email/,
    ],
    [
      'sendAgentMessage',
      {
        conversationId: 'c',
        agent: { email: 'a@b.test', name: 'A' },
        idempotencyKey: 'k-12345678',
        message: { type: 'image', payload: {} },
      },
      /sendAgentMessage: message\.payload\.imageUrl: Required/,
    ],
    [
      'sendAgentMessage',
      {
        conversationId: 'c',
        agent: { email: 'a@b.test', name: 'A' },
        idempotencyKey: 'k-12345678',
        message: { type: 'text', payload: { text: 'x' } },
        additionalData: 'x'.repeat(501),
      },
      /additionalData: String must contain at most 500/,
    ],
    [
      'closeSession',
      { conversationId: 'c', agent: { email: 'a@b.test', name: 'A' } },
      /closeSession: reason: Required/,
    ],
    ['listSessions', { status: 'stuck' }, /listSessions: status: Invalid enum value/],
  ])('%s refuses %j', async (type, input, error) => {
    const { status, body } = await callAction(type, input)
    expect(status).toBe(400)
    expect(body.message).toMatch(error)
  })

  it('an unknown action is refused by name', async () => {
    const { status, body } = await callAction('reopenSession', {})
    expect(status).toBe(400)
    expect(body.message).toMatch(/Unknown action "reopenSession": the HITL integration serves createUser, startHitl/)
  })
})

describe('unknown operations', () => {
  it('an unknown operation is refused by name', async () => {
    const response = await integration.handler({
      method: 'POST',
      path: '/',
      query: '',
      headers: {
        'x-bot-id': 'bot_1',
        'x-bot-user-id': 'bot_1',
        'x-integration-id': 'int_1',
        'x-integration-alias': 'hitl',
        'x-webhook-id': 'wh_1',
        'x-bp-operation': 'reboot',
        'x-bp-configuration': Buffer.from('{}').toString('base64'),
      },
      body: '{}',
    })
    expect(response?.status).toBe(400)
    expect(JSON.parse(response?.body ?? '{}').message).toBe('Unknown operation "reboot" for the HITL integration.')
  })
})
