import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../server/web-server'

let web: WebServer
let distDir: string
let maya: Record<string, string>
let liam: Record<string, string>

const call = async (path: string, init: { method?: string; headers?: Record<string, string>; json?: unknown } = {}) => {
  const response = await fetch(`${web.url}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { ...(init.json === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  })
  const type = response.headers.get('content-type') ?? ''
  return { status: response.status, type, body: type.includes('json') ? await response.json() : await response.text() }
}

/** A pending session for `name`, escalated through the chat channel like the browser does. */
const escalate = async (name: string) => {
  const opened = await call('/api/chat/conversations', { json: { name } })
  const { conversationId } = opened.body as { conversationId: string }
  await call(`/api/chat/conversations/${conversationId}/messages`, { json: { text: '/human' } })
  await web.botpress.standin.chat.waitFor(web.botpress.botId, conversationId, (ms) =>
    ms.some((m) => m.direction === 'outgoing' && /human agent/.test(String(m.payload.text)))
  )
  const list = await call('/api/desk/sessions?status=pending', { headers: maya })
  const session = (list.body as { sessions: { id: string; endUser: { name?: string } }[] }).sessions.find(
    (s) => s.endUser.name === name
  )
  if (!session) throw new Error(`no pending session for ${name}`)
  return { conversationId, sessionId: session.id }
}

/** A demo agent's one-click sign-in: the session cookie and the CSRF token their writes carry. */
const signIn = async (agentId: string) => {
  const response = await fetch(`${web.url}/api/auth/demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ agentId }),
  })
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!
  return { cookie, 'x-csrf-token': csrfToken }
}

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'hitl-web-dist-'))
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>built app</title>')
  web = await startWebServer({ port: 0, distDir })
  ;[maya, liam] = await Promise.all([signIn('maya'), signIn('liam')])
})

afterAll(async () => {
  await web?.close()
})

describe('the web server edge', () => {
  it('serves the built page for / and every /hitl path, and local avatars and samples', async () => {
    for (const path of ['/', '/hitl', '/hitl/conv_123']) {
      const page = await call(path)
      expect(page.status).toBe(200)
      expect(page.body).toContain('built app')
    }
    const avatar = await call('/avatars/liam.svg')
    expect(avatar.type).toContain('image/svg+xml')
    for (const agent of web.agents) expect(agent.pictureUrl?.startsWith(`${web.url}/avatars/`)).toBe(true)
    const chime = await fetch(`${web.url}/samples/chime.wav`)
    expect(
      Buffer.from(await chime.arrayBuffer())
        .subarray(0, 4)
        .toString()
    ).toBe('RIFF')
    const invoice = await fetch(`${web.url}/samples/invoice-1042.pdf`)
    expect((await invoice.text()).startsWith('%PDF-')).toBe(true)
  })

  it('refuses desk calls from nobody, whatever email a header claims', async () => {
    const anonymous = await call('/api/desk/sessions')
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.error).toMatch(/sign in/i)
    const claimed = await call('/api/desk/sessions', { headers: { 'x-agent-email': 'maya.okafor@northwind.example' } })
    expect(claimed.status).toBe(401)
  })

  it('validates at the edge and says what is wrong', async () => {
    const badStatus = await call('/api/desk/sessions?status=lost', { headers: maya })
    expect(badStatus.status).toBe(400)
    expect(badStatus.body.error).toMatch(/^status:/)
    const badMessage = await call('/api/desk/sessions/conv_x/messages', {
      headers: maya,
      json: { message: { type: 'image', payload: {} }, idempotencyKey: 'key-00000001' },
    })
    expect(badMessage.status).toBe(400)
    const emptyText = await call('/api/chat/conversations/conv_x/messages', { json: { text: '   ' } })
    expect(emptyText.status).toBe(400)
    const unknownRoute = await call('/api/nothing-here')
    expect(unknownRoute.status).toBe(404)
    expect(unknownRoute.body.error).toContain('/api/nothing-here')
  })

  it("passes the integration's refusals through with their sentence", async () => {
    const { sessionId } = await escalate('Robin Park')
    const taken = await call(`/api/desk/sessions/${sessionId}/assign`, { headers: maya, json: {} })
    expect(taken.status).toBe(200)
    const intruder = await call(`/api/desk/sessions/${sessionId}/messages`, {
      headers: liam,
      json: { message: { type: 'text', payload: { text: 'Hello from Liam' } }, idempotencyKey: 'liam-0000001' },
    })
    expect(intruder.status).toBe(400)
    expect(intruder.body.error).toMatch(/assigned to Maya Okafor/)
    const missing = await call('/api/desk/sessions/conv_doesnotexist0000000000000/close', {
      headers: maya,
      json: { reason: 'done' },
    })
    expect(missing.status).toBeGreaterThanOrEqual(400)
    expect(missing.status).toBeLessThan(500)
  })

  it('tells the chat who answers: nobody, then the assigned agent with picture, then nobody again', async () => {
    const { conversationId, sessionId } = await escalate('Kai Moreno')
    expect((await call(`/api/chat/conversations/${conversationId}/handoff`)).body).toEqual({ status: 'pending' })
    await call(`/api/desk/sessions/${sessionId}/assign`, { headers: liam, json: {} })
    const assigned = await call(`/api/chat/conversations/${conversationId}/handoff`)
    expect(assigned.body).toEqual({
      status: 'assigned',
      agent: { name: 'Liam Chen', pictureUrl: `${web.url}/avatars/liam.svg` },
    })
    await call(`/api/desk/sessions/${sessionId}/close`, { headers: liam, json: { reason: 'Answered' } })
    expect((await call(`/api/chat/conversations/${conversationId}/handoff`)).body).toEqual({ status: 'closed' })
    const fresh = await call('/api/chat/conversations', { json: { name: 'New Person' } })
    expect((await call(`/api/chat/conversations/${fresh.body.conversationId}/handoff`)).body).toEqual({
      status: 'none',
    })
  })

  it('announces changes on the desk stream', async () => {
    const controller = new AbortController()
    const response = await fetch(`${web.url}/api/desk/events`, { headers: maya, signal: controller.signal })
    const reader = response.body!.getReader()
    const decoder = new TextDecoder()
    let received = ''
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(received)) {
        const { value, done } = await reader.read()
        if (done) throw new Error(`stream ended; received: ${received}`)
        received += decoder.decode(value)
      }
    }
    await readUntil(/event: ready/)
    const { sessionId } = await escalate('Ari Lane')
    await call(`/api/desk/sessions/${sessionId}/notes`, {
      headers: maya,
      json: { text: 'Call back tomorrow', idempotencyKey: 'note-0000001' },
    })
    await readUntil(
      new RegExp(`"reason":"desk","conversationId":"${sessionId}"|"conversationId":"${sessionId}","reason":"desk"`)
    )
    controller.abort()
  })
})
