import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveOnLoopback, loopbackUrl } from '../../demo-bot/src'
import { integration } from '../../src'
import { startHarness, type Harness } from '../support/hitl-harness'

const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

describe('the stand-in refuses hostile bodies with the limit, and keeps serving', () => {
  let h: Harness
  const post = (path: string, body: string) =>
    fetch(`${h.standin.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${h.standin.workspaceToken}`,
        'x-bot-id': h.botId,
      },
      body,
    })
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(() => h.close())

  it('a body nested 20,000 levels deep is a 400 naming the nesting limit, not a stack overflow', async () => {
    const res = await post('/v1/chat/events', `{"type":"hitl:hitlStopped","payload":${nested(20_000)}}`)
    expect(res.status).toBe(400)
    expect((await res.json()).message).toMatch(/nests 20001 levels deep; the limit is 64/)
    const action = await post('/v1/chat/actions', `{"type":"hitl:getSession","input":{"x":${nested(100)}}}`)
    expect(action.status).toBe(400)
    expect((await action.json()).message).toMatch(/the limit is 64/)
    expect((await fetch(`${h.standin.url}/health`)).status).toBe(200)
  })

  it('a 20 MB detectEscalation text is a 413 naming the size limit', async () => {
    const res = await post(
      '/v1/chat/actions',
      JSON.stringify({ type: 'hitl:detectEscalation', input: { text: 'a'.repeat(20_000_000) } })
    )
    expect(res.status).toBe(413)
    expect((await res.json()).message).toMatch(/exceeds the limit of 5242880 bytes/)
  })

  it('a detectEscalation text longer than a message is refused naming the field', async () => {
    const res = await post(
      '/v1/chat/actions',
      JSON.stringify({ type: 'hitl:detectEscalation', input: { text: 'a'.repeat(1_000_000) } })
    )
    expect(res.status).toBe(400)
    expect((await res.json()).message).toMatch(/text: String must contain at most 20000 character/)
  })
})

describe('the integration server bounds what it reads', () => {
  it('a body over the limit is a 413 naming it, and the server keeps answering', async () => {
    const server = await serveOnLoopback(integration.handler)
    try {
      const url = loopbackUrl(server)
      const res = await fetch(url, { method: 'POST', body: 'x'.repeat(6 * 1024 * 1024) })
      expect(res.status).toBe(413)
      expect((await res.json()).error).toMatch(/exceeds the limit of 5242880 bytes/)
      expect((await fetch(`${url}/health`)).status).toBe(200)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
