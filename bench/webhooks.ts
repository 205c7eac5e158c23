/**
 * Session webhooks: how fast a change reaches a receiver, whether a receiver that is down for 10 s loses any
 * event once it is back, and whether the desk's receiver accepts anything forged or replayed.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { WebhookEvent } from '../src/definitions/webhook-events'
import { webhooksSettled } from '../src/webhooks/announce-change'
import { signWebhook } from '../src/webhooks/webhook-signature'
import { ana, key, startSession } from '../test/support/fixtures'
import { startHarness } from '../test/support/hitl-harness'
import { webhookRoutes } from '../web/server/webhook-routes'
import { percentile } from './figures'

const SECRET = 'whsec_bench_0123456789abcdefghij'
const DOWN_MS = 10_000

/** A receiver that records when each event id first arrived; it can be stopped and started on the same port. */
const startReceiver = async () => {
  const arrivals = new Map<string, number>()
  let server: Server | undefined
  let port = 0
  const start = async () => {
    server = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        const event = JSON.parse(body) as WebhookEvent
        if (!arrivals.has(event.id)) arrivals.set(event.id, performance.now())
        res.statusCode = 204
        res.end()
      })
    })
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      server!.closeAllConnections()
      server!.close(() => resolve())
    })
  await start()
  return { arrivals, url: () => `http://127.0.0.1:${port}/webhooks/hitl`, start, stop }
}

const forgedAccepted = async (): Promise<number> => {
  const handled: string[] = []
  const app = webhookRoutes({ secret: SECRET, onEvent: (e) => handled.push(e.id) })
  const event = JSON.stringify({
    id: 'whe_bench_genuine',
    type: 'session.closed',
    occurredAt: new Date().toISOString(),
    botId: 'bot_bench',
    conversationId: 'conv_bench',
    session: {
      id: 'conv_bench',
      status: 'closed',
      title: 't',
      priority: 'normal',
      endUser: { id: 'u' },
      createdAt: 0,
      waitingMs: 0,
    },
  })
  const post = (body: string, signature?: string) =>
    app.request('/webhooks/hitl', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hitl-signature': signature } : {}) },
      body,
    })
  await post(event, signWebhook(SECRET, event))
  const genuine = handled.length
  const now = Math.floor(Date.now() / 1000)
  for (let i = 0; i < 50; i++) {
    const altered = event.replace('conv_bench', `conv_forged_${i}`)
    await post(altered, signWebhook(SECRET, event)) // another body under a genuine signature
    await post(altered, signWebhook(`not-the-secret-${i}-0123456789`, altered))
    await post(altered, signWebhook(SECRET, altered, now - 301 - i)) // stale
    await post(altered) // unsigned
    await post(event, signWebhook(SECRET, event)) // replay of the genuine one
  }
  return handled.length - genuine
}

export const runWebhookBench = async (): Promise<Record<string, number>> => {
  const receiver = await startReceiver()
  const h = await startHarness({
    validate: false,
    configuration: { webhookUrl: receiver.url(), webhookSecret: SECRET },
  })
  try {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana, intent: 'take' })
    const send = (text: string) =>
      h.call<{ messageId: string }>('sendAgentMessage', {
        conversationId,
        agent: ana,
        message: { type: 'text', payload: { text } },
        idempotencyKey: key(),
      })

    // Latency: from the agent's call to the receiver's first sight of the event.
    const latencies: number[] = []
    await webhooksSettled()
    for (let i = 0; i < 200; i++) {
      const before = receiver.arrivals.size
      const started = performance.now()
      await send(`latency ${i}`)
      await webhooksSettled()
      const arrived = [...receiver.arrivals.values()].slice(before)
      latencies.push(Math.max(...arrived) - started)
    }

    // Down for 10 s: every change made meanwhile must arrive once it is back.
    await webhooksSettled()
    const beforeOutage = receiver.arrivals.size
    await receiver.stop()
    const outageStarted = Date.now()
    let changes = 0
    while (Date.now() - outageStarted < DOWN_MS - 1_000) {
      await send(`during the outage ${changes}`)
      changes++
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, DOWN_MS - (Date.now() - outageStarted))))
    await receiver.start()
    await webhooksSettled()
    const lost = changes - (receiver.arrivals.size - beforeOutage)

    return {
      'webhook.delivery_p50_ms': percentile(latencies, 50),
      'webhook.delivery_p99_ms': percentile(latencies, 99),
      'webhook.outage_changes': changes,
      'webhook.lost': lost,
      'webhook.forged_accepted': await forgedAccepted(),
    }
  } finally {
    await h.close()
    await receiver.stop().catch(() => {})
  }
}
