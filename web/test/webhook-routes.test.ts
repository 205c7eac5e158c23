import { describe, expect, it } from 'vitest'

import type { WebhookEvent } from '../../src/definitions/webhook-events'
import { signWebhook } from '../../src/webhooks/webhook-signature'
import { sampleWebhookEvent } from '../../test/support/sample-webhook-event'
import { createReplayGuard, webhookRoutes } from '../server/webhook-routes'

const secret = 'whsec_desk_receiver_0123456789'
const event = sampleWebhookEvent()

const receiverWith = () => {
  const received: WebhookEvent[] = []
  const app = webhookRoutes({ secret, onEvent: (e) => received.push(e) })
  const post = (body: string, signature?: string) =>
    app.request('/webhooks/hitl', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hitl-signature': signature } : {}) },
      body,
    })
  return { received, post }
}

describe('the desk receives signed session webhooks at /webhooks/hitl', () => {
  it('takes a signed event once; a replay of the same id is answered 200 and not handled again', async () => {
    const { received, post } = receiverWith()
    const body = JSON.stringify(event)
    expect((await post(body, signWebhook(secret, body))).status).toBe(200)
    const replay = await post(body, signWebhook(secret, body))
    expect(replay.status).toBe(200)
    expect(await replay.json()).toEqual({ duplicate: true })
    expect(received.map((e) => e.id)).toEqual([event.id])
  })

  it('refuses a forged, an unsigned, a stale and a re-signed-by-someone-else request, and handles none', async () => {
    const { received, post } = receiverWith()
    const body = JSON.stringify(event)
    const forgedBody = JSON.stringify({ ...event, conversationId: 'conv_other' })
    const stale = signWebhook(secret, body, Math.floor(Date.now() / 1000) - 301)
    for (const [payload, signature] of [
      [forgedBody, signWebhook(secret, body)],
      [body, undefined],
      [body, stale],
      [body, signWebhook('not-the-secret-0123456789', body)],
    ] as const) {
      const response = await post(payload, signature)
      expect(response.status).toBe(401)
      expect((await response.json()).error).toMatch(/^Signature refused/)
    }
    expect(received).toEqual([])
  })

  it('refuses a signed body that is not a session event, and a body over the limit', async () => {
    const { received, post } = receiverWith()
    const notAnEvent = JSON.stringify({ id: 'x', type: 'session.exploded', __proto__: { admin: true } })
    expect((await post(notAnEvent, signWebhook(secret, notAnEvent))).status).toBe(400)
    const huge = JSON.stringify({ ...event, padding: 'x'.repeat(300 * 1024) })
    const tooLarge = await post(huge, signWebhook(secret, huge))
    expect(tooLarge.status).toBe(413)
    expect(received).toEqual([])
  })

  it('forgets ids once the signature window has passed, so its memory stays bounded', () => {
    let now = 0
    const firstTime = createReplayGuard(() => now)
    expect(firstTime('a')).toBe(true)
    expect(firstTime('a')).toBe(false)
    now = 301_000
    expect(firstTime('b')).toBe(true)
    expect(firstTime('a')).toBe(true)
  })
})
