import { ResourceNotFoundError, UnauthorizedError } from '@botpress/client'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../server/app'
import { BotpressProblemError, botpressProblemOf } from '../server/botpress-problem'
import type { Desk, DeskActionName } from '../server/desk'
import { deskOf } from '../server/desk'
import type { DeskChange } from '../server/change-feed'
import { hashPassword } from '../server/passwords'
import { signWebhook } from '../../src/webhooks/webhook-signature'
import { sampleWebhookEvent } from '../../test/support/sample-webhook-event'
import { type RosterEntry, rosterOf } from '../server/roster'

/**
 * The web server's edge, in-process (`app.request`, no port) against a fake desk: who may call, with
 * what, and what a refused request leaves behind (no desk action called).
 */
const ORIGIN = 'http://desk.test'
const PASSWORD = 'correct horse battery staple'
const SECRET = 'a-test-secret-of-at-least-32-characters!!'

type Call = { action: DeskActionName; input: Record<string, unknown> }

let maya: RosterEntry
let liam: RosterEntry

beforeAll(async () => {
  // A cheaper cost than production's keeps the suite quick; verification reads the cost from the hash.
  const passwordHash = await hashPassword(PASSWORD, { N: 2 ** 12 })
  maya = { id: 'maya', email: 'maya@desk.test', name: 'Maya Okafor', role: 'Lead', passwordHash }
  liam = { id: 'liam', email: 'liam@desk.test', name: 'Liam Chen', role: 'Billing', passwordHash }
})

const fakeDesk = (fail?: unknown) => {
  const calls: Call[] = []
  const desk: Desk = async (action, input) => {
    calls.push({ action, input: input as Record<string, unknown> })
    if (fail) throw fail
    const answers: Partial<Record<DeskActionName, unknown>> = {
      listSessions: { sessions: [], counts: { pending: 0, assigned: 0, closed: 0 } },
      setPresence: { agent: { presence: (input as { presence?: string }).presence }, autoAssigned: ['conv_auto'] },
    }
    return (answers[action] ?? { ok: true }) as unknown as Awaited<ReturnType<Desk>>
  }
  return { desk, calls }
}

const WEBHOOK_SECRET = 'whsec_desk_routes_0123456789'

type AppOptions = { demo?: boolean; fail?: unknown; entries?: RosterEntry[]; secure?: boolean; trustProxy?: boolean }

const appWith = (opts: AppOptions = {}) => {
  const { desk, calls } = fakeDesk(opts.fail)
  const published: DeskChange[] = []
  let entries = opts.entries ?? [maya, liam]
  const app = buildApp({
    desk,
    client: {
      getUser: async () => {
        throw new Error('not used')
      },
      getConversation: async () => {
        throw new Error('not used')
      },
    },
    feed: { subscribe: () => () => {}, publish: (change) => published.push(change), problem: undefined },
    roster: { agents: () => entries, byEmail: (email) => rosterOf(entries).byEmail(email) },
    session: { secret: SECRET, secure: opts.secure ?? false },
    origins: () => [ORIGIN],
    demo: opts.demo ?? false,
    trustProxy: opts.trustProxy,
    webhook: { secret: WEBHOOK_SECRET, botId: 'bot_1' },
    distDir: '/nonexistent',
  })
  const request = (path: string, init: { method?: string; headers?: Record<string, string>; json?: unknown } = {}) =>
    app.request(`${ORIGIN}${path}`, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers: { ...(init.json === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
    })
  const signIn = async (email: string, password = PASSWORD, headers: Record<string, string> = {}) => {
    const response = await request('/api/auth/sign-in', { json: { email, password }, headers })
    const body = (await response.json()) as { csrfToken?: string; error?: string }
    const cookie = response.headers.get('set-cookie') ?? ''
    return { response, body, cookie: cookie.split(';')[0]!, setCookie: cookie, csrf: body.csrfToken ?? '' }
  }
  return { app, calls, published, request, signIn, setRoster: (next: RosterEntry[]) => (entries = next) }
}

const note = { text: 'Call back tomorrow', idempotencyKey: 'note-00000001' }

describe('signing in', () => {
  it('a right password gives an HTTP-only, SameSite cookie that says who is signed in', async () => {
    const { signIn, request } = appWith()
    const { response, setCookie, cookie } = await signIn('Maya@Desk.test')
    expect(response.status).toBe(200)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Path=\//)
    const me = await request('/api/auth/me', { headers: { cookie } })
    expect(((await me.json()) as { agent: { email: string } }).agent.email).toBe('maya@desk.test')
  })

  it('behind https the cookie is Secure and host-only (__Host- prefix)', async () => {
    const { signIn } = appWith({ secure: true })
    const { setCookie } = await signIn('maya@desk.test')
    expect(setCookie).toMatch(/^__Host-hitl-desk=/)
    expect(setCookie).toMatch(/Secure/)
    expect(setCookie).not.toMatch(/Domain=/)
  })

  it('a wrong password and an unknown email get the same refusal and no cookie', async () => {
    const { signIn } = appWith()
    for (const attempt of [await signIn('maya@desk.test', 'wrong password'), await signIn('eve@desk.test')]) {
      expect(attempt.response.status).toBe(401)
      expect(attempt.body.error).toBe('Wrong email or password')
      expect(attempt.setCookie).toBe('')
    }
  })

  it('after 5 failures the email is locked out for a while, even with the right password', async () => {
    const { signIn } = appWith()
    for (let i = 0; i < 5; i++) expect((await signIn('liam@desk.test', `guess ${i}`)).response.status).toBe(401)
    const locked = await signIn('liam@desk.test')
    expect(locked.response.status).toBe(429)
    expect(locked.body.error).toMatch(/too many failed sign-ins/i)
    expect(Number(locked.response.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another agent is not locked out by Liam's failures.
    expect((await signIn('maya@desk.test')).response.status).toBe(200)
  })

  it('behind a load balancer, 20 failures lock out the caller that made them, not everyone behind it', async () => {
    const team = Array.from({ length: 4 }, (_, i) => ({ ...liam, id: `a${i}`, email: `a${i}@desk.test` }))
    const { signIn } = appWith({ trustProxy: true, entries: [maya, ...team] })
    const attacker = { 'x-forwarded-for': '203.0.113.7' }
    for (const agent of team)
      for (let i = 0; i < 5; i++) expect((await signIn(agent.email, 'guess', attacker)).response.status).toBe(401)
    expect((await signIn('maya@desk.test', PASSWORD, attacker)).response.status).toBe(429)
    expect((await signIn('maya@desk.test', PASSWORD, { 'x-forwarded-for': '198.51.100.2' })).response.status).toBe(200)
  })

  it('a changed password ends every cookie issued before it', async () => {
    const { signIn, request, setRoster } = appWith()
    const { cookie } = await signIn('maya@desk.test')
    expect((await request('/api/desk/sessions', { headers: { cookie } })).status).toBe(200)
    setRoster([{ ...maya, passwordHash: await hashPassword('a brand new password', { N: 2 ** 12 }) }, liam])
    expect((await request('/api/desk/sessions', { headers: { cookie } })).status).toBe(401)
  })

  it('sign-out clears the cookie; a tampered cookie is nobody', async () => {
    const { signIn, request } = appWith()
    const { cookie, csrf } = await signIn('maya@desk.test')
    const out = await request('/api/auth/sign-out', { headers: { cookie, 'x-csrf-token': csrf }, json: {} })
    expect(out.status).toBe(200)
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    const [name, value] = cookie.split('=') as [string, string]
    const forged = `${name}=${Buffer.from(JSON.stringify({ e: 'liam@desk.test', x: Date.now() + 1e6, n: 'x', f: 'y' })).toString('base64url')}.${value.split('.')[1]}`
    expect((await request('/api/desk/sessions', { headers: { cookie: forged } })).status).toBe(401)
  })

  it('one-click demo sign-in exists only in the demo, and only for demo agents', async () => {
    const demoMaya = { ...maya, passwordHash: undefined, demo: true }
    const live = appWith({ entries: [demoMaya] })
    expect((await live.request('/api/auth/demo', { json: { agentId: 'maya' } })).status).toBe(404)
    const demo = appWith({ demo: true, entries: [demoMaya, liam] })
    expect((await demo.request('/api/auth/demo', { json: { agentId: 'maya' } })).status).toBe(200)
    expect((await demo.request('/api/auth/demo', { json: { agentId: 'liam' } })).status).toBe(404)
    // A demo agent has no password: the password form never lets them in.
    expect((await demo.signIn('maya@desk.test', 'anything')).response.status).toBe(401)
  })
})

describe('writes need the cookie and the CSRF token', () => {
  it('a write with the cookie but without the CSRF token is refused and calls nothing', async () => {
    const { signIn, request, calls } = appWith()
    const { cookie } = await signIn('maya@desk.test')
    const response = await request('/api/desk/sessions/conv_1/notes', { headers: { cookie }, json: note })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { error: string }).error).toMatch(/CSRF/)
    const wrong = await request('/api/desk/sessions/conv_1/notes', {
      headers: { cookie, 'x-csrf-token': 'not-the-token' },
      json: note,
    })
    expect(wrong.status).toBe(403)
    expect(calls).toEqual([])
  })

  it("a write with a token but without the cookie is refused; another agent's token does not fit", async () => {
    const { signIn, request, calls } = appWith()
    const { csrf: mayaToken } = await signIn('maya@desk.test')
    const { cookie: liamCookie } = await signIn('liam@desk.test')
    expect(
      (await request('/api/desk/sessions/conv_1/notes', { headers: { 'x-csrf-token': mayaToken }, json: note })).status
    ).toBe(401)
    expect(
      (
        await request('/api/desk/sessions/conv_1/notes', {
          headers: { cookie: liamCookie, 'x-csrf-token': mayaToken },
          json: note,
        })
      ).status
    ).toBe(403)
    expect(calls).toEqual([])
  })

  it('a form posted from another site is refused before anything else', async () => {
    const { signIn, app, calls } = appWith()
    const { cookie } = await signIn('maya@desk.test')
    const response = await app.request(`${ORIGIN}/api/desk/sessions/conv_1/close`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'reason=bye',
    })
    expect(response.status).toBe(403)
    expect(calls).toEqual([])
  })

  it('with both, the action runs as the signed-in agent; a spoofed x-agent-email changes nothing', async () => {
    const { signIn, request, calls } = appWith()
    const { cookie, csrf } = await signIn('maya@desk.test')
    const response = await request('/api/desk/sessions/conv_1/notes', {
      headers: { cookie, 'x-csrf-token': csrf, 'x-agent-email': 'liam@desk.test' },
      json: note,
    })
    expect(response.status).toBe(201)
    expect(calls).toHaveLength(1)
    expect(calls[0]!.input.agent).toEqual({ email: 'maya@desk.test', name: 'Maya Okafor' })
    const headerOnly = await request('/api/desk/sessions', { headers: { 'x-agent-email': 'maya@desk.test' } })
    expect(headerOnly.status).toBe(401)
  })
})

describe('the edge', () => {
  it('a forged Host is refused, signed in or not', async () => {
    const { signIn, app, calls } = appWith()
    const { cookie } = await signIn('maya@desk.test')
    for (const path of ['/api/desk/sessions', '/api/auth/options', '/hitl']) {
      const response = await app.request(`http://attacker.example${path}`, { headers: { cookie } })
      expect(response.status).toBe(421)
      expect(((await response.json()) as { error: string }).error).toContain('attacker.example')
    }
    expect(calls).toEqual([])
  })

  it('a write from another origin is refused even as JSON with the token', async () => {
    const { signIn, request, calls } = appWith()
    const { cookie, csrf } = await signIn('maya@desk.test')
    const response = await request('/api/desk/sessions/conv_1/notes', {
      headers: { cookie, 'x-csrf-token': csrf, origin: 'https://evil.example' },
      json: note,
    })
    expect(response.status).toBe(403)
    expect(calls).toEqual([])
  })

  it('a body over 64 KB gets a 413 naming the limit; JSON nested past 20 levels a 400 naming it', async () => {
    const { signIn, request, app, calls } = appWith()
    const { cookie, csrf } = await signIn('maya@desk.test')
    const headers = { cookie, 'x-csrf-token': csrf }
    const big = await request('/api/desk/sessions/conv_1/notes', {
      headers,
      json: { ...note, text: 'x'.repeat(70 * 1024) },
    })
    expect(big.status).toBe(413)
    expect(((await big.json()) as { error: string }).error).toMatch(/64 KB/)
    // Built as text: 5,000 levels, under the size limit, deeper than JSON.stringify itself can go.
    const nested = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`
    const deep = await app.request(`${ORIGIN}/api/desk/sessions/conv_1/messages`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: `{"message":{"type":"text","payload":${nested}},"idempotencyKey":"key-00000001"}`,
    })
    expect(deep.status).toBe(400)
    expect(((await deep.json()) as { error: string }).error).toMatch(/nested deeper than 20 levels/)
    expect(calls).toEqual([])
  })

  it('a reply or a note over 4,000 characters is refused with a sentence naming the field, and nothing is sent', async () => {
    const { signIn, request, calls } = appWith()
    const { cookie, csrf } = await signIn('maya@desk.test')
    const headers = { cookie, 'x-csrf-token': csrf }
    const reply = await request('/api/desk/sessions/conv_1/messages', {
      headers,
      json: { message: { type: 'text', payload: { text: 'x'.repeat(4_801) } }, idempotencyKey: 'key-00000001' },
    })
    expect(reply.status).toBe(400)
    expect(((await reply.json()) as { error: string }).error).toBe(
      'message.payload.text: at most 4,000 characters (got 4,801)'
    )
    const longNote = await request('/api/desk/sessions/conv_1/notes', {
      headers,
      json: { ...note, text: 'x'.repeat(4_801) },
    })
    expect(longNote.status).toBe(400)
    expect(((await longNote.json()) as { error: string }).error).toBe('text: at most 4,000 characters')
    expect(calls).toEqual([])
    // At the limit, both go through.
    const atLimit = { message: { type: 'text', payload: { text: 'x'.repeat(4_000) } }, idempotencyKey: 'key-00000002' }
    expect((await request('/api/desk/sessions/conv_1/messages', { headers, json: atLimit })).status).toBe(201)
    expect(calls.map((c) => c.action)).toEqual(['sendAgentMessage'])
  })

  it('saved replies: signed in and with the CSRF token, as the signed-in agent; bad input refused naming the field', async () => {
    const { signIn, request, calls } = appWith()
    const reply = { title: 'Hello', text: 'Hi {{endUser.name}}', idempotencyKey: 'reply-00000001' }
    expect((await request('/api/desk/saved-replies')).status).toBe(401)
    const { cookie, csrf } = await signIn('maya@desk.test')
    expect((await request('/api/desk/saved-replies', { headers: { cookie }, json: reply })).status).toBe(403)
    const headers = { cookie, 'x-csrf-token': csrf }
    const long = await request('/api/desk/saved-replies', { headers, json: { ...reply, title: 'x'.repeat(81) } })
    expect(long.status).toBe(400)
    expect(((await long.json()) as { error: string }).error).toMatch(/^title: /)
    const noRevision = await request('/api/desk/saved-replies/sr_1/delete', { headers, json: {} })
    expect(((await noRevision.json()) as { error: string }).error).toMatch(/^revision: /)
    expect(calls).toEqual([])

    expect((await request('/api/desk/saved-replies', { headers, json: reply })).status).toBe(201)
    expect(calls).toEqual([
      {
        action: 'createSavedReply',
        input: { agent: { email: 'maya@desk.test', name: 'Maya Okafor' }, ...reply },
      },
    ])
  })

  it('a Botpress problem reaches the tab as one sentence saying what to do', async () => {
    const context = { apiUrl: 'https://api.example', botId: 'bot_1', alias: 'hitl' }
    const refusing = deskOf(
      {
        callAction: async () => {
          throw new UnauthorizedError('Invalid token')
        },
      },
      context
    )
    const { signIn, request } = appWith({
      fail: await refusing('listSessions', {}).catch((err: unknown) => err),
    })
    const { cookie } = await signIn('maya@desk.test')
    const response = await request('/api/desk/sessions', { headers: { cookie } })
    expect(response.status).toBe(503)
    const body = (await response.json()) as { error: string; problem: string }
    expect(body.problem).toBe('token')
    expect(body.error).toMatch(/BOTPRESS_TOKEN/)
  })

  it('names the alias when the integration is not installed, and leaves a missing session to the action', () => {
    const context = { apiUrl: 'https://api.example', botId: 'bot_1', alias: 'support' }
    const missingInstall = new ResourceNotFoundError('No integration is installed with alias "support" in this bot')
    expect(botpressProblemOf(missingInstall, context)?.sentence).toMatch(/HITL_ALIAS/)
    const missingSession = new ResourceNotFoundError('Conversation conv_x not found')
    expect(botpressProblemOf(missingSession, context)).toBeUndefined()
    expect(new BotpressProblemError(botpressProblemOf(missingInstall, context)!).message).toContain('"support"')
  })

  it("the integration's signed webhook tells the tabs at once; unsigned or another bot's events change nothing", async () => {
    const { app, published } = appWith()
    const event = (id: string, botId: string) => JSON.stringify(sampleWebhookEvent({ id, botId, type: 'session.note' }))
    const post = (body: string, signature?: string) =>
      app.request(`${ORIGIN}/webhooks/hitl`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'x-hitl-signature': signature } : {}) },
        body,
      })
    const unsigned = event('whe_unsigned_0000000000000000000000', 'bot_1')
    expect((await post(unsigned)).status).toBe(401)
    const other = event('whe_other_bot_00000000000000000000000', 'bot_2')
    expect((await post(other, signWebhook(WEBHOOK_SECRET, other))).status).toBe(200)
    expect(published).toEqual([])
    const mine = event('whe_mine_0000000000000000000000000000', 'bot_1')
    expect((await post(mine, signWebhook(WEBHOOK_SECRET, mine))).status).toBe(200)
    expect(published).toEqual([{ reason: 'conversation', conversationId: 'conv_1' }])
  })
})

describe('presence', () => {
  it("sets the signed-in agent's own presence, whatever the body says, and tells every tab", async () => {
    const { signIn, request, calls, published } = appWith()
    const { cookie, csrf } = await signIn('maya@desk.test')
    const response = await request('/api/desk/presence', {
      headers: { cookie, 'x-csrf-token': csrf },
      json: { presence: 'online', agent: { email: 'liam@desk.test', name: 'Liam Chen' } },
    })
    expect(response.status).toBe(200)
    expect(calls).toEqual([
      { action: 'setPresence', input: { agent: { email: 'maya@desk.test', name: 'Maya Okafor' }, presence: 'online' } },
    ])
    // Everyone's header and flags re-read; the session it auto-assigned too.
    expect(published).toEqual([{ reason: 'desk' }, { reason: 'desk', conversationId: 'conv_auto' }])
  })

  it('an unknown presence is refused naming the field, and nothing is called', async () => {
    const { signIn, request, calls } = appWith()
    const { cookie, csrf } = await signIn('maya@desk.test')
    const response = await request('/api/desk/presence', {
      headers: { cookie, 'x-csrf-token': csrf },
      json: { presence: 'busy' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('presence')
    expect(calls).toEqual([])
  })

  it('tabs reading presence share one read until someone changes theirs; each learns how often to confirm', async () => {
    const { signIn, request, calls } = appWith()
    const mayaTab = await signIn('maya@desk.test')
    const liamTab = await signIn('liam@desk.test')
    const read = (cookie: string) => request('/api/desk/presence', { headers: { cookie } })
    const first = await read(mayaTab.cookie)
    expect(first.status).toBe(200)
    expect(((await first.json()) as { confirmEveryMs: number }).confirmEveryMs).toBeGreaterThan(0)
    await read(liamTab.cookie)
    expect(calls.map((c) => c.action)).toEqual(['listAgentPresence'])
    await request('/api/desk/presence', {
      headers: { cookie: liamTab.cookie, 'x-csrf-token': liamTab.csrf },
      json: { presence: 'away' },
    })
    await read(mayaTab.cookie)
    expect(calls.map((c) => c.action)).toEqual(['listAgentPresence', 'setPresence', 'listAgentPresence'])
  })
})

describe('what changed: read markers and search', () => {
  it('marks a session read as the signed-in agent, never as another one, and refuses a count that is not one', async () => {
    const { signIn, request, calls } = appWith()
    const { cookie, csrf } = await signIn('maya@desk.test')
    const headers = { cookie, 'x-csrf-token': csrf }
    expect((await request('/api/desk/sessions/conv_1/read', { headers, json: { endUserMessages: -1 } })).status).toBe(
      400
    )
    expect((await request('/api/desk/sessions/conv_1/read', { headers, json: { endUserMessages: '3' } })).status).toBe(
      400
    )
    expect(calls).toEqual([])
    const ok = await request('/api/desk/sessions/conv_1/read', {
      headers,
      json: { endUserMessages: 3, agent: { email: 'liam@desk.test', name: 'Liam' } },
    })
    expect(ok.status).toBe(200)
    expect(calls).toEqual([
      {
        action: 'markSessionRead',
        input: {
          conversationId: 'conv_1',
          agent: expect.objectContaining({ email: 'maya@desk.test' }),
          endUserMessages: 3,
        },
      },
    ])
  })

  it('searches with the words typed, refusing a query too short or too long before calling the desk', async () => {
    const { signIn, request, calls } = appWith()
    const { cookie } = await signIn('maya@desk.test')
    expect((await request('/api/desk/search?q=%20a%20', { headers: { cookie } })).status).toBe(400)
    expect((await request(`/api/desk/search?q=${'x'.repeat(101)}`, { headers: { cookie } })).status).toBe(400)
    expect(calls).toEqual([])
    expect((await request('/api/desk/search?q=Z%C3%BCrich%20office', { headers: { cookie } })).status).toBe(200)
    expect(calls).toEqual([{ action: 'searchSessions', input: { query: 'Zürich office' } }])
  })
})
