import { z } from '@botpress/sdk'

import { sessionSummary } from './desk-actions'

/** What changed in a session; one webhook event per change. */
export const webhookEventTypes = [
  'session.created',
  'session.assigned',
  'session.transferred',
  'session.message',
  'session.note',
  'session.closed',
] as const

export const webhookEvent = z
  .object({
    id: z.string().describe('Stable for this change: a redelivery carries the same id, so receivers dedupe on it'),
    type: z.enum(webhookEventTypes),
    occurredAt: z.string().datetime().describe('When the change happened (ISO 8601)'),
    botId: z.string(),
    conversationId: z.string().describe('The HITL session'),
    session: sessionSummary.describe('The session as it is after the change'),
    message: z
      .object({
        id: z.string(),
        sender: z.enum(['agent', 'end-user', 'bot']),
        type: z.string(),
        payload: z.record(z.unknown()),
      })
      .optional()
      .describe('session.message: the message'),
  })
  .describe('A change of a HITL session, POSTed to the configured webhookUrl and signed in x-hitl-signature')

export type WebhookEvent = z.infer<typeof webhookEvent>

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)

/** https only, except http to this machine (a receiver under test or beside the bot). */
export const webhookUrl = z
  .string()
  .url()
  .max(2000)
  .refine((value) => {
    const url = new URL(value)
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))
  }, 'must be an https URL (http only to 127.0.0.1 or localhost)')

export const webhookConfiguration = {
  webhookUrl: webhookUrl
    .optional()
    .describe('Where every session change is POSTed as a signed JSON event; leave empty for none'),
  webhookSecret: z
    .string()
    .min(24)
    .max(200)
    .optional()
    .describe('Shared secret for the x-hitl-signature HMAC-SHA256; required with webhookUrl'),
}
