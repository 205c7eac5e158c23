// HTTP face of the chat channel for a browser page (not part of the Botpress API; never faulted).
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { Env } from './api-edge'
import type { ChatChannel, ChatMessage } from '../chat-channel'
import type { Runtime } from '../runtime'

export const chatRoutes = (rt: Runtime, chat: ChatChannel) => {
  const app = new Hono<Env>()

  app.post('/:botId/conversations', async (c) => {
    const body = await c.req.json().catch(() => ({}))
    return c.json(chat.open(c.req.param('botId'), { name: body?.name, pictureUrl: body?.pictureUrl }), 201)
  })

  app.post('/:botId/conversations/:conversationId/messages', async (c) => {
    const body = await c.req.json().catch(() => ({}))
    // `{ text }` is accepted as a shorthand for a text message.
    const message = typeof body?.text === 'string' && !body.type ? { type: 'text', payload: { text: body.text } } : body
    return c.json({ message: chat.send(c.req.param('botId'), c.req.param('conversationId'), message) }, 201)
  })

  app.get('/:botId/conversations/:conversationId/messages', (c) =>
    c.json({ messages: chat.messages(c.req.param('botId'), c.req.param('conversationId')) })
  )

  app.get('/:botId/conversations/:conversationId/stream', (c) => {
    const { botId, conversationId } = c.req.param()
    chat.messages(botId, conversationId) // 404 before opening the stream if the conversation is unknown
    return streamSSE(c, async (stream) => {
      const queue: ChatMessage[] = []
      let wake: (() => void) | undefined
      const onMessage = (e: { botId: string; message: ChatMessage }) => {
        if (e.botId !== botId || e.message.conversationId !== conversationId) return
        queue.push(e.message)
        wake?.()
      }
      rt.emitter.on('message', onMessage)
      let open = true
      stream.onAbort(() => {
        open = false
        wake?.()
      })
      try {
        while (open) {
          const next = queue.shift()
          if (next) {
            await stream.writeSSE({ event: 'message', id: next.id, data: JSON.stringify(next) })
            continue
          }
          await new Promise<void>((resolve) => (wake = resolve))
          wake = undefined
        }
      } finally {
        rt.emitter.off('message', onMessage)
      }
    })
  })

  return app
}
