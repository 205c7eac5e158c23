import type { Client } from '@botpress/client'
import { z } from '@botpress/sdk'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { streamSSE } from 'hono/streaming'
import { deskActions } from '../../src/definitions/desk-actions'
import { PRESENCE_HEARTBEAT_MS, presences } from '../../src/definitions/routing'
import { MAX_NOTE_CHARS, MAX_REPLY_CHARS } from '../../src/definitions/text-limits'
import { type SessionOptions, type SignedInEnv, requireAgent } from './agent-session'
import type { ChangeFeed, FeedEvent } from './change-feed'
import type { Desk, DeskOutput } from './desk'
import { body, query } from './edge'
import { type Roster, identityOf } from './roster'

/** The feed as the routes use it: a fake in tests, the cursor over Botpress in the desk. */
export type DeskFeed = Pick<ChangeFeed, 'subscribe' | 'publish' | 'problem'>

type Deps = {
  desk: Desk
  client: Pick<Client, 'getUser'>
  feed: DeskFeed
  roster: Roster
  session: SessionOptions
}

const listQuery = z.object({
  status: z.enum(['pending', 'assigned', 'closed', 'open', 'all']).default('open'),
  mine: z.enum(['true', 'false']).optional(),
})
const sessionQuery = z.object({ messagesAfter: z.string().datetime().optional() })
const assignBody = z.object({
  agentEmail: z.string().email().optional(),
  reason: z.string().max(300).optional(),
  intent: z.enum(['take', 'takeOver', 'assign']).optional(),
  holder: z.string().email().optional(),
})
const atMost = (max: number) => `at most ${max.toLocaleString('en')} characters`
/**
 * The message as the action itself declares it (the edge refuses what the integration would), and a text reply
 * no longer than the composer allows, so another client is refused with the same sentence.
 */
const messageBody = z.object({
  message: deskActions.sendAgentMessage.input.schema.shape.message.superRefine((message, ctx) => {
    const text: unknown = message.type === 'text' ? message.payload.text : undefined
    if (typeof text === 'string' && text.trim().length > MAX_REPLY_CHARS)
      ctx.addIssue({
        code: 'custom',
        path: ['payload', 'text'],
        message: `${atMost(MAX_REPLY_CHARS)} (got ${text.trim().length.toLocaleString('en')})`,
      })
  }),
  idempotencyKey: z.string().min(8).max(100),
})
const noteBody = z.object({
  text: z.string().trim().min(1).max(MAX_NOTE_CHARS, atMost(MAX_NOTE_CHARS)),
  idempotencyKey: z.string().min(8).max(100),
})
const closeBody = z.object({ reason: z.string().trim().min(1).max(300) })
const presenceBody = z.object({ presence: z.enum(presences) })
const readBody = z.object({ endUserMessages: z.number().int().min(0).max(1_000_000) })
const searchQuery = z.object({ q: z.string().trim().min(2).max(100) })

const HEARTBEAT_MS = 15_000
const PEOPLE_MAX_AGE_MS = 60_000
/**
 * Every tab polls presence once a minute: one read per desk process serves them all for that long, so presence
 * costs at most one call a minute whatever the number of tabs. A change made here is read at once.
 */
const PRESENCE_MAX_AGE_MS = 60_000

type Person = { name?: string; pictureUrl?: string }

/** The HITL tab's API: each route is one desk action (or a read of Botpress users), called as the acting agent. */
export const deskRoutes = ({ desk, client, feed, roster, session: sessionOptions }: Deps) => {
  const agentByEmail = (email: string) => {
    const agent = roster.byEmail(email)
    if (!agent) throw new HTTPException(404, { message: `No agent with the email ${email} in this workspace` })
    return agent
  }
  const changed = (conversationId: string) => feed.publish({ reason: 'desk', conversationId })

  /** Names and pictures of everyone who wrote in a session (agents change on transfer). */
  // Names and pictures change rarely: kept a minute, so a busy session's refreshes do not re-read its people.
  const people = new Map<string, { at: number; person: Promise<Person | undefined> }>()
  const personOf = (id: string) => {
    const found = people.get(id)
    if (found && Date.now() - found.at < PEOPLE_MAX_AGE_MS) return found.person
    const person = client.getUser({ id }).then(
      ({ user }) => ({ name: user.name, pictureUrl: user.pictureUrl }),
      () => {
        people.delete(id)
        return undefined
      }
    )
    if (people.size > 5000) people.clear()
    people.set(id, { at: Date.now(), person })
    return person
  }
  const peopleOf = async (userIds: string[]) => {
    const ids = [...new Set(userIds)]
    const found = await Promise.all(ids.map(personOf))
    return Object.fromEntries(ids.flatMap((id, i) => (found[i] ? [[id, found[i]]] : [])))
  }

  let presenceRead: { at: number; result: Promise<DeskOutput<'listAgentPresence'>> } | undefined
  const readPresence = () => {
    if (presenceRead && Date.now() - presenceRead.at < PRESENCE_MAX_AGE_MS) return presenceRead.result
    const result = desk('listAgentPresence', {})
    const read = { at: Date.now(), result }
    presenceRead = read
    result.catch(() => {
      if (presenceRead === read) presenceRead = undefined
    })
    return result
  }

  return new Hono<SignedInEnv>()
    .use('*', requireAgent(roster, sessionOptions))
    .get('/sessions', query(listQuery), async (c) => {
      const { status, mine } = c.req.valid('query')
      return c.json(
        await desk('listSessions', {
          status,
          limit: 100,
          ...(mine === 'true' ? { assigneeEmail: c.get('agent').email } : {}),
        })
      )
    })
    .get('/sessions/:id', query(sessionQuery), async (c) => {
      const { messagesAfter } = c.req.valid('query')
      const { session } = await desk('getSession', {
        conversationId: c.req.param('id'),
        ...(messagesAfter ? { messagesAfter } : {}),
      })
      return c.json({ session, people: await peopleOf([session.endUser.id, ...session.messages.map((m) => m.userId)]) })
    })
    .post('/sessions/:id/assign', body(assignBody), async (c) => {
      const me = c.get('agent')
      const { agentEmail, reason, intent, holder } = c.req.valid('json')
      const target = agentEmail ? agentByEmail(agentEmail) : me
      const result = await desk('assignAgent', {
        conversationId: c.req.param('id'),
        agent: identityOf(target),
        ...(target.email !== me.email ? { by: identityOf(me) } : {}),
        ...(reason ? { reason } : {}),
        ...(intent ? { intent } : {}),
        ...(holder ? { holder } : {}),
      })
      changed(c.req.param('id'))
      return c.json(result)
    })
    .post('/sessions/:id/messages', body(messageBody), async (c) => {
      const { message, idempotencyKey } = c.req.valid('json')
      const result = await desk('sendAgentMessage', {
        conversationId: c.req.param('id'),
        agent: identityOf(c.get('agent')),
        message,
        idempotencyKey,
      })
      changed(c.req.param('id'))
      return c.json(result, 201)
    })
    .post('/sessions/:id/notes', body(noteBody), async (c) => {
      const { text, idempotencyKey } = c.req.valid('json')
      const result = await desk('addNote', {
        conversationId: c.req.param('id'),
        agent: identityOf(c.get('agent')),
        text,
        idempotencyKey,
      })
      changed(c.req.param('id'))
      return c.json(result, 201)
    })
    .post('/sessions/:id/close', body(closeBody), async (c) => {
      const { reason } = c.req.valid('json')
      const result = await desk('closeSession', {
        conversationId: c.req.param('id'),
        agent: identityOf(c.get('agent')),
        reason,
      })
      changed(c.req.param('id'))
      return c.json(result)
    })
    .get('/presence', async (c) => {
      const { agents } = await readPresence()
      // The tab confirms its agent's presence this often, so a closed tab reads as offline once it stops.
      return c.json({ agents, confirmEveryMs: PRESENCE_HEARTBEAT_MS })
    })
    .post('/presence', body(presenceBody), async (c) => {
      const { presence } = c.req.valid('json')
      const result = await desk('setPresence', { agent: identityOf(c.get('agent')), presence })
      presenceRead = undefined
      // Every tab shows presence (header, picker, offline flags): a change without a session re-reads everything.
      feed.publish({ reason: 'desk' })
      for (const id of result.autoAssigned) changed(id)
      return c.json(result)
    })
    .get('/read-markers', async (c) => c.json(await desk('getReadMarkers', { agent: identityOf(c.get('agent')) })))
    .post('/sessions/:id/read', body(readBody), async (c) => {
      const { endUserMessages } = c.req.valid('json')
      const result = await desk('markSessionRead', {
        conversationId: c.req.param('id'),
        agent: identityOf(c.get('agent')),
        endUserMessages,
      })
      return c.json(result)
    })
    .get('/search', query(searchQuery), async (c) =>
      c.json(await desk('searchSessions', { query: c.req.valid('query').q }))
    )
    .get('/events', (c) =>
      streamSSE(c, async (stream) => {
        let wake: (() => void) | undefined
        const pending: { event: string; data: string }[] = []
        const unsubscribe = feed.subscribe((event: FeedEvent) => {
          pending.push(
            event.type === 'change'
              ? { event: 'change', data: JSON.stringify(event.change) }
              : { event: 'problem', data: JSON.stringify({ problem: event.problem ?? null }) }
          )
          wake?.()
        })
        let open = true
        stream.onAbort(() => {
          open = false
          wake?.()
        })
        const heartbeat = setInterval(() => wake?.(), HEARTBEAT_MS)
        try {
          await stream.writeSSE({ event: 'ready', data: JSON.stringify({ problem: feed.problem ?? null }) })
          while (open) {
            const next = pending.shift()
            if (next !== undefined) {
              await stream.writeSSE(next)
              continue
            }
            await new Promise<void>((resolve) => (wake = resolve))
            wake = undefined
            if (open && pending.length === 0) await stream.write(': keep-alive\n\n')
          }
        } finally {
          clearInterval(heartbeat)
          unsubscribe()
        }
      })
    )
}
