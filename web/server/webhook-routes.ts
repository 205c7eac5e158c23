import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'

import { webhookEvent, type WebhookEvent } from '../../src/definitions/webhook-events'
import { SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS, verifyWebhook } from '../../src/webhooks/webhook-signature'

const MAX_BODY_BYTES = 256 * 1024

/**
 * Ids accepted within the signature window. A replay older than the window fails the timestamp check, so
 * remembering ids for that long is enough. Per desk instance: a replay that reaches another instance only
 * makes its tabs refresh once more, which changes nothing.
 */
export const createReplayGuard = (now: () => number = Date.now) => {
  const seen = new Map<string, number>()
  return (id: string): boolean => {
    const at = now()
    for (const [key, firstSeen] of seen) {
      if (at - firstSeen <= SIGNATURE_TOLERANCE_SECONDS * 1000) break
      seen.delete(key)
    }
    if (seen.has(id)) return false
    seen.set(id, at)
    return true
  }
}

type Options = { secret: string; onEvent: (event: WebhookEvent) => void; firstTime?: (id: string) => boolean }

/**
 * `/webhooks/hitl`: the integration's signed session events. The signature is checked over the raw body before
 * anything is parsed; a stale timestamp, a forged signature and a replayed id are refused.
 */
export const webhookRoutes = ({ secret, onEvent, firstTime = createReplayGuard() }: Options) =>
  new Hono().post(
    '/webhooks/hitl',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: `The body is larger than ${MAX_BODY_BYTES} bytes` }, 413),
    }),
    async (c) => {
      const raw = await c.req.text()
      const check = verifyWebhook(secret, raw, c.req.header(SIGNATURE_HEADER))
      if (!check.ok) return c.json({ error: `Signature refused: ${check.reason}` }, 401)
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        return c.json({ error: 'The body is not JSON' }, 400)
      }
      const event = webhookEvent.safeParse(parsed)
      if (!event.success) return c.json({ error: `Not a session event: ${event.error.issues[0]?.message}` }, 400)
      // A replay is answered 200: the sender must stop retrying, and the event was already handled.
      if (!firstTime(event.data.id)) return c.json({ duplicate: true }, 200)
      onEvent(event.data)
      return c.json({ received: true }, 200)
    }
  )
