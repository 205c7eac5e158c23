import type { Client } from '@botpress/client'
import { z } from '@botpress/sdk'
import { Hono } from 'hono'
import { body } from './edge'

type Deps = { standinUrl: string; botId: string; client: Pick<Client, 'getConversation' | 'getUser'>; alias: string }

const openBody = z.object({ name: z.string().trim().min(1).max(100).optional() })
const sendBody = z.object({ text: z.string().trim().min(1).max(4000) })

/** The browser leaving ends the relayed stream: that is a normal end, not an error to report. */
const endQuietly = (stream: ReadableStream<Uint8Array>) => {
  const reader = stream.getReader()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read()
        if (done) controller.close()
        else controller.enqueue(value)
      } catch {
        controller.close()
      }
    },
    cancel: () => reader.cancel().catch(() => {}),
  })
}

export type ChatHandoff = {
  status: 'none' | 'pending' | 'assigned' | 'closed'
  agent?: { name: string; pictureUrl?: string }
}

/**
 * The end user's side: the stand-in's built-in chat channel for the demo bot, passed through as is
 * (the page never learns the bot id or the stand-in's address), plus who answers, as a webchat shows it.
 */
export const chatRoutes = ({ standinUrl, botId, client, alias }: Deps) => {
  const channel = (path: string) => `${standinUrl}/chat/${encodeURIComponent(botId)}/conversations${path}`
  const conversation = (id: string, rest = '') => channel(`/${encodeURIComponent(id)}${rest}`)

  const relay = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json' } })
    return new Response(response.body, {
      status: response.status,
      headers: { 'content-type': response.headers.get('content-type') ?? 'application/json' },
    })
  }

  /** The bot links the end user's conversation to its session (tag `downstream`); the session's tags name the agent. */
  const handoffOf = async (conversationId: string): Promise<ChatHandoff> => {
    const { conversation: upstream } = await client.getConversation({ id: conversationId })
    const sessionId = upstream.tags.downstream
    if (!sessionId) return { status: 'none' }
    const { conversation: session } = await client.getConversation({ id: sessionId })
    const tag = (name: string) => session.tags[`${alias}:${name}`]
    const status = tag('status')
    const assignee = tag('assignee')
    if (status !== 'assigned' || !assignee)
      return { status: status === 'pending' || status === 'closed' ? status : 'none' }
    const { user } = await client.getUser({ id: assignee })
    return { status, agent: { name: user.name ?? tag('assigneeName') ?? 'An agent', pictureUrl: user.pictureUrl } }
  }

  return new Hono()
    .post('/conversations', body(openBody), (c) =>
      relay(channel(''), { method: 'POST', body: JSON.stringify(c.req.valid('json')) })
    )
    .get('/conversations/:id/messages', (c) => relay(conversation(c.req.param('id'), '/messages')))
    .post('/conversations/:id/messages', body(sendBody), (c) =>
      relay(conversation(c.req.param('id'), '/messages'), {
        method: 'POST',
        body: JSON.stringify({ type: 'text', payload: { text: c.req.valid('json').text } }),
      })
    )
    .get('/conversations/:id/handoff', async (c) => c.json(await handoffOf(c.req.param('id'))))
    .get('/conversations/:id/stream', async (c) => {
      const upstream = await fetch(conversation(c.req.param('id'), '/stream'), { signal: c.req.raw.signal })
      return new Response(upstream.body && endQuietly(upstream.body), {
        status: upstream.status,
        headers: {
          'content-type': upstream.headers.get('content-type') ?? 'text/event-stream',
          'cache-control': 'no-cache',
        },
      })
    })
}
