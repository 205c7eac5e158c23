import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'

import { deliverWebhook } from '../../src/webhooks/deliver-webhook'
import { verifyWebhook } from '../../src/webhooks/webhook-signature'
import { sampleWebhookEvent } from '../support/sample-webhook-event'

const secret = 'whsec_deliver_test_0123456789'
const event = sampleWebhookEvent({ id: 'whe_conv_1_assigned_1', occurredAt: new Date(0).toISOString() })
const noWait = async () => {}

type Received = { body: string; signature: string | undefined }
let server: Server | undefined
afterEach(() => server?.close())

/** A receiver that answers each POST with the next status of the script (the last one repeats). */
const receiver = async (statuses: number[]) => {
  const received: Received[] = []
  server = createServer((req: IncomingMessage, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ body, signature: req.headers['x-hitl-signature'] as string | undefined })
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)]!
      res.end()
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received }
}

describe('webhook delivery', () => {
  it('retries a receiver that fails on its side until it takes the event, with the same id and a valid signature', async () => {
    const { url, received } = await receiver([503, 429, 200])
    await expect(deliverWebhook({ url, secret }, event, { sleep: noWait })).resolves.toEqual({
      delivered: true,
      attempts: 3,
    })
    expect(received.map((r) => JSON.parse(r.body).id)).toEqual([event.id, event.id, event.id])
    for (const r of received) expect(verifyWebhook(secret, r.body, r.signature).ok).toBe(true)
  })

  it('does not retry an answer that will not change (400), and says it is permanent', async () => {
    const { url, received } = await receiver([400])
    const outcome = await deliverWebhook({ url, secret }, event, { sleep: noWait })
    expect(outcome).toMatchObject({ delivered: false, permanent: true, attempts: 1, reason: /400/ })
    expect(received).toHaveLength(1)
  })

  it('gives up on a receiver that is down after its attempts, without throwing, and says it may be retried', async () => {
    const { url } = await receiver([200])
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    const outcome = await deliverWebhook({ url, secret }, event, { sleep: noWait, attempts: 3 })
    expect(outcome).toMatchObject({ delivered: false, permanent: false, attempts: 3, reason: /could not be reached/ })
  })

  it('bounds each attempt: a receiver that never answers times out', async () => {
    server = createServer(() => {})
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    const outcome = await deliverWebhook({ url, secret }, event, { sleep: noWait, attempts: 2, timeoutMs: 50 })
    expect(outcome).toMatchObject({ delivered: false, permanent: false, attempts: 2 })
    server.closeAllConnections()
  })
})
