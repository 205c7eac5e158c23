import * as sdk from '@botpress/sdk'
import { channelMessages, historyMessageTypes } from '../../../src/definitions'
import type { OutgoingMessage } from '../say'

type Message = { type: string; payload: Record<string, unknown> }

const withoutSenderFields = (payload: Record<string, unknown>) => {
  const { userId: _userId, additionalData: _additionalData, ...content } = payload
  return content
}

/** The types the session accepts; anything else cannot reach the agent. */
const sessionSchemas: Record<string, sdk.z.ZodTypeAny> = Object.fromEntries(
  Object.entries(channelMessages).map(([type, def]) => [type, def.schema])
)

/**
 * An end-user message as the session accepts it, or undefined when it cannot be relayed. Markdown is
 * sent as text; sender fields are the bot's to set, never the end user's.
 */
export const toSessionMessage = (message: Message): OutgoingMessage | undefined => {
  const { type, payload } =
    message.type === 'markdown' ? { type: 'text', payload: { text: String(message.payload.markdown ?? '') } } : message
  const schema = sessionSchemas[type]
  const parsed = schema?.safeParse(withoutSenderFields(payload))
  return parsed?.success ? { type, payload: parsed.data } : undefined
}

/**
 * An agent message as the end user's chat shows it. A bloc becomes its items, one message each (a chat
 * shows text, images, audio, video, files); markdown items become text. `additionalData` stays on each.
 */
export const toEndUserMessages = (message: Message): OutgoingMessage[] => {
  const additionalData = typeof message.payload.additionalData === 'string' ? message.payload.additionalData : undefined
  const extra = additionalData ? { additionalData } : {}
  if (message.type !== 'bloc')
    return [{ type: message.type, payload: { ...withoutSenderFields(message.payload), ...extra } }]
  const items = Array.isArray(message.payload.items) ? (message.payload.items as Message[]) : []
  return items.map((item) =>
    item.type === 'markdown'
      ? { type: 'text', payload: { text: String(item.payload.markdown ?? ''), ...extra } }
      : { type: item.type, payload: { ...item.payload, ...extra } }
  )
}

const historySchemas: Record<string, sdk.z.ZodTypeAny> = Object.fromEntries(
  Object.entries(historyMessageTypes).map(([type, def]) => [type, def.schema])
)

/** A past message as startHitl's history accepts it (its published schema), or undefined. */
export const toHistoryContent = (message: Message): OutgoingMessage | undefined => {
  const parsed = historySchemas[message.type]?.safeParse(message.payload)
  return parsed?.success ? { type: message.type, payload: parsed.data } : undefined
}
