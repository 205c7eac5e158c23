import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'

import { webhookConfiguration, webhookEvent } from '../../src/definitions/webhook-events'
import { announceChange, webhookEventId, webhooksSettled, type SessionChange } from '../../src/webhooks/announce-change'
import { checkWebhookConfig } from '../../src/webhooks/check-webhook-config'
import { verifyWebhook } from '../../src/webhooks/webhook-signature'

const secret = 'whsec_announce_0123456789ab'
const change: SessionChange = {
  key: '1765100000000',
  at: 1_765_100_000_000,
  type: 'session.created',
  conversationId: 'conv_announce',
  session: {
    id: 'conv_announce',
    status: 'pending',
    title: 'Refund',
    priority: 'high',
    endUser: { id: 'user_1' },
    createdAt: 1_765_100_000_000,
    waitingMs: 0,
  },
}
const logs: string[] = []
const logger = { warn: (m: unknown) => logs.push(String(m)), error: (m: unknown) => logs.push(String(m)) }

let server: Server | undefined
afterEach(() => {
  server?.close()
  logs.length = 0
})

const receiver = async (status: number) => {
  const bodies: { body: string; signature: string }[] = []
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      bodies.push({ body, signature: String(req.headers['x-hitl-signature']) })
      res.statusCode = status
      res.end()
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/hitl`, bodies }
}

describe('announcing a session change', () => {
  it('POSTs one signed event that matches the published schema, with a stable id', async () => {
    const { url, bodies } = await receiver(204)
    announceChange('bot_1', { webhookUrl: url, webhookSecret: secret }, logger, change)
    await webhooksSettled()
    expect(bodies).toHaveLength(1)
    const event = JSON.parse(bodies[0]!.body)
    expect(webhookEvent.safeParse(event).success).toBe(true)
    expect(event).toMatchObject({ type: 'session.created', botId: 'bot_1', conversationId: 'conv_announce' })
    expect(event.id).toBe(webhookEventId('bot_1', change))
    expect(verifyWebhook(secret, bodies[0]!.body, bodies[0]!.signature).ok).toBe(true)
    expect(logs).toEqual([])
  })

  it('has made its first attempt by the time the caller goes on, while the call is still open', async () => {
    const { url, bodies } = await receiver(200)
    await announceChange('bot_1', { webhookUrl: url, webhookSecret: secret }, logger, change)
    expect(bodies).toHaveLength(1)
  })

  it('lets the caller go on when the receiver never answers: the wait for the first attempt is bounded', async () => {
    server = createServer(() => {})
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    // One attempt of 10 s: the caller must be let go long before it ends.
    const settings = { webhookUrl: url, webhookSecret: secret }
    await expect(announceChange('bot_1', settings, logger, change, { attempts: 1, timeoutMs: 10_000 })).resolves.toBe(
      undefined
    )
    server.closeAllConnections()
    await webhooksSettled()
    expect(logs).toEqual([expect.stringMatching(/not delivered after 1 attempt/)])
  })

  it('gives the same change the same id and another change another id', () => {
    expect(webhookEventId('bot_1', change)).toBe(webhookEventId('bot_1', { ...change }))
    expect(webhookEventId('bot_1', change)).not.toBe(webhookEventId('bot_1', { ...change, key: 'other' }))
    expect(webhookEventId('bot_1', change)).not.toBe(webhookEventId('bot_2', change))
  })

  it('reports a receiver that refuses the event in the logs, without throwing to the caller', async () => {
    const { url } = await receiver(410)
    expect(() => announceChange('bot_1', { webhookUrl: url, webhookSecret: secret }, logger, change)).not.toThrow()
    await webhooksSettled()
    expect(logs).toEqual([
      expect.stringMatching(/session\.created .* not delivered after 1 attempt\(s\): the receiver answered 410/),
    ])
  })

  it('sends nothing when no webhook is configured', async () => {
    const { bodies } = await receiver(200)
    announceChange('bot_1', {}, logger, change)
    await webhooksSettled()
    expect(bodies).toEqual([])
  })
})

describe('webhook configuration', () => {
  it('takes https anywhere, http only to this machine, and refuses other schemes', () => {
    const url = webhookConfiguration.webhookUrl
    for (const ok of ['https://desk.example.com/webhooks/hitl', 'http://127.0.0.1:8080/x', 'http://localhost/x']) {
      expect(url.safeParse(ok).success).toBe(true)
    }
    for (const bad of ['http://desk.example.com/x', 'javascript:alert(1)', 'ftp://127.0.0.1/x', 'http://10.0.0.1/x']) {
      expect(url.safeParse(bad).success).toBe(false)
    }
  })

  it('refuses a URL without a secret and a secret without a URL, naming the field', () => {
    expect(() => checkWebhookConfig({ webhookUrl: 'https://desk.example.com/x' })).toThrow(/webhookSecret is required/)
    expect(() => checkWebhookConfig({ webhookSecret: secret })).toThrow(/webhookUrl is required/)
    expect(() => checkWebhookConfig({})).not.toThrow()
  })
})
