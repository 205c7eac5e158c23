import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WebhookEvent } from '../../src/definitions/webhook-events'
import { webhooksSettled } from '../../src/webhooks/announce-change'
import { verifyWebhook } from '../../src/webhooks/webhook-signature'
import { loadDeskContract } from '../support/desk-contract'
import { ana, bo, endUserSays, key, startSession } from '../support/fixtures'
import { startHarness, type Harness } from '../support/hitl-harness'

const secret = 'whsec_session_webhooks_0123456789'
const received: { event: WebhookEvent; signed: boolean }[] = []
let receiver: Server
let h: Harness

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({
        event: JSON.parse(body),
        signed: verifyWebhook(secret, body, req.headers['x-hitl-signature'] as string).ok,
      })
      res.statusCode = 204
      res.end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/hitl`
  h = await startHarness({ configuration: { webhookUrl, webhookSecret: secret } })
})
afterAll(async () => {
  await h.close()
  receiver.close()
})

const eventsOf = (conversationId: string) => received.filter((r) => r.event.conversationId === conversationId)

describe('session webhooks, from the real integration server', () => {
  it('announce every change of a session once, signed, in the published schema, with the session after it', async () => {
    const { userId, conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    const reply = {
      conversationId,
      agent: ana,
      message: { type: 'text', payload: { text: 'Hello!' } },
      idempotencyKey: key(),
    }
    await h.call('sendAgentMessage', reply)
    await endUserSays(h, conversationId, userId, 'My card is 4111 1111 1111 1111')
    await h.call('addNote', { conversationId, agent: ana, text: 'Refund approved', idempotencyKey: key() })
    await h.call('assignAgent', { conversationId, agent: bo, by: ana, intent: 'assign', holder: ana.email })
    await h.call('closeSession', { conversationId, agent: bo, reason: 'Refunded' })
    await webhooksSettled()

    const events = eventsOf(conversationId)
    expect(events.map((r) => r.event.type).sort()).toEqual(
      [
        'session.created',
        'session.assigned',
        'session.message',
        'session.message',
        'session.note',
        'session.transferred',
        'session.closed',
      ].sort()
    )
    const { problems } = loadDeskContract()
    for (const { event, signed } of events) {
      expect(signed).toBe(true)
      expect(problems('WebhookEvent', event)).toEqual([])
      expect(event.botId).toBe(h.botId)
    }
    const byType = (type: string) => events.filter((r) => r.event.type === type).map((r) => r.event)
    expect(byType('session.transferred')[0]?.session.assignee?.email).toBe(bo.email)
    expect(byType('session.closed')[0]?.session).toMatchObject({ status: 'closed', closeReason: 'Refunded' })
    // The end user's card number reaches the receiver masked, as agents read it.
    const fromEndUser = byType('session.message').find((e) => e.message?.sender === 'end-user')
    expect(JSON.stringify(fromEndUser?.message?.payload)).not.toContain('4111 1111 1111 1111')
    expect(JSON.stringify(fromEndUser?.message?.payload)).toContain('1111')
  })

  it('gives a retried call the id of the first announcement, so the receiver can drop the repeat', async () => {
    const { conversationId } = await startSession(h)
    const reply = {
      conversationId,
      agent: ana,
      message: { type: 'text', payload: { text: 'Once' } },
      idempotencyKey: key(),
    }
    await h.call('sendAgentMessage', reply)
    await h.call('sendAgentMessage', reply)
    await h.call('closeSession', { conversationId, agent: ana, reason: 'done' })
    await h.call('closeSession', { conversationId, agent: ana, reason: 'done' })
    await webhooksSettled()

    const events = eventsOf(conversationId).map((r) => r.event)
    const distinct = new Map(events.map((e) => [e.id, e.type]))
    expect([...distinct.values()].sort()).toEqual(
      ['session.assigned', 'session.closed', 'session.created', 'session.message'].sort()
    )
  })
})
