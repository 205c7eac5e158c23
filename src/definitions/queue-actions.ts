import * as sdk from '@botpress/sdk'
import { agentIdentity, sessionSummary } from './desk-actions'
import { botpressId } from './ids'

/**
 * Desk actions that tell agents what changed in the queue: what each agent has read, and a search across
 * sessions. Hidden in Studio like the other desk actions.
 */
const { z } = sdk
const hidden = { ...sdk.WELL_KNOWN_ATTRIBUTES.HIDDEN_IN_STUDIO }

export const MAX_SEARCH_SESSIONS = 200
export const MAX_SEARCH_MESSAGE_PAGES = 40

const markers = z
  .record(z.number())
  .describe(
    "Per session id, how many of the end user's messages the agent has read (the session's endUserMessages then)"
  )

export const queueActions = {
  getReadMarkers: {
    title: "Get an agent's read markers",
    description: "What the agent has read of each session: the tab's unread count is endUserMessages minus it",
    attributes: hidden,
    input: { schema: z.object({ agent: agentIdentity }) },
    output: { schema: z.object({ markers }) },
  },
  markSessionRead: {
    title: 'Mark a session read',
    description: "The agent has read the session up to the end user's message number endUserMessages",
    attributes: hidden,
    input: {
      schema: z.object({
        conversationId: botpressId().describe('The session read'),
        agent: agentIdentity,
        endUserMessages: z.number().int().min(0).max(1_000_000).describe("The session's endUserMessages the agent saw"),
      }),
    },
    output: { schema: z.object({ markers }) },
  },
  searchSessions: {
    title: 'Search sessions',
    description:
      "Finds sessions by the end user's name, the title and the words of their live messages, newest first, within a bounded number of Botpress calls",
    attributes: hidden,
    input: {
      schema: z.object({
        query: z
          .string()
          .min(2)
          .max(100)
          .regex(/\S\s*\S/, 'Needs at least 2 characters besides spaces')
          .describe('Words to find (case and accents ignored)'),
        sessions: z
          .number()
          .int()
          .min(1)
          .max(MAX_SEARCH_SESSIONS)
          .default(100)
          .describe('How many of the most recently active sessions to look at'),
        messagePages: z
          .number()
          .int()
          .min(0)
          .max(MAX_SEARCH_MESSAGE_PAGES)
          .default(10)
          .describe('How many pages of messages to read in all (one page is the newest messages of one session)'),
      }),
    },
    output: {
      schema: z.object({
        results: z.array(
          z.object({
            session: sessionSummary,
            matched: z.enum(['endUserName', 'title', 'message']),
            excerpt: z.string().describe('The words around the match'),
          })
        ),
        scanned: z.number().describe('Sessions looked at'),
        complete: z
          .boolean()
          .describe('False when the search stopped at its bounds: older sessions or messages were not read'),
      }),
    },
  },
  sweepAbandoned: {
    title: 'Close abandoned sessions',
    description:
      'Closes the pending sessions whose end user left (endUser.abandonPendingAfterMinutes) through the normal close, source timeout; idempotent, safe to call from any number of desks',
    attributes: hidden,
    input: { schema: z.object({}) },
    output: {
      schema: z.object({
        enabled: z
          .boolean()
          .describe('Whether abandoned sessions close by themselves (endUser.abandonPendingAfterMinutes)'),
        closed: z.array(z.string()).describe('Ids of the sessions this call closed'),
        pending: z.number().describe('Pending sessions left'),
      }),
    },
  },
} satisfies Record<string, sdk.ActionDefinition>
