import * as sdk from '@botpress/sdk'
import { MAX_ADDITIONAL_DATA_LENGTH } from './hitl-interface'
import { channelMessages, type ChannelMessageType } from './messages'
import { priorities } from './session-entity'
import { slaReportSchema } from './sla'
import { actorSchema, sessionStatuses } from './states'
import { botpressId } from './ids'
import { webUrl } from './web-url'

/**
 * Actions the agent desk (the HITL tab) calls through the API's callAction.
 * They are hidden in Studio: a bot flow has no business assigning agents.
 */
const { z } = sdk
const hidden = { ...sdk.WELL_KNOWN_ATTRIBUTES.HIDDEN_IN_STUDIO }

const conversationId = botpressId().describe('ID of the Botpress conversation representing the HITL session')

const reason = z
  .string()
  .min(1)
  .max(300)
  .regex(/\S/, 'Must not be blank')
  .describe('Why, as the timeline records it (trimmed; blank is refused)')

export const agentIdentity = z
  .object({
    email: z.string().email().max(320).describe('Email of the workspace member; the agent is found by it'),
    name: z.string().min(1).max(200).describe('Name shown to the end user'),
    pictureUrl: webUrl().optional().describe('Avatar shown to the end user'),
  })
  .describe('The workspace member acting in the HITL tab')

const person = z.object({ id: z.string(), name: z.string().optional(), email: z.string().optional() })

export const sessionSummary = z.object({
  id: z.string(),
  status: z.enum(sessionStatuses),
  title: z.string(),
  priority: z.enum(priorities),
  category: z.string().optional(),
  endUser: person,
  assignee: person.optional(),
  createdAt: z.number(),
  assignedAt: z.number().optional(),
  closedAt: z.number().optional(),
  closeReason: z.string().optional(),
  waitingMs: z.number().describe('Time the end user has been waiting for an agent (pending) or waited (otherwise)'),
  lastUserMessageAt: z.number().optional(),
  firstResponseAt: z.number().optional().describe('When an agent first answered the end user'),
  endUserMessages: z
    .number()
    .optional()
    .describe("Messages the end user wrote in the session: an agent's unread count is this minus their read marker"),
  lastMessage: z
    .object({ sender: z.literal('end-user'), text: z.string(), at: z.number() })
    .optional()
    .describe("The end user's last message, its first 140 characters"),
  sla: slaReportSchema.optional(),
  endUserSilentMs: z
    .number()
    .optional()
    .describe('Set while the end user has not written for longer than endUser.silentAfterMinutes: for how long'),
  endUserNewConversationAt: z
    .number()
    .optional()
    .describe('When the end user asked for a human again from another conversation while this session was open'),
})

const actor = actorSchema

const deskMessage = z.object({
  id: z.string(),
  type: z.string(),
  payload: z.record(z.any()),
  sender: z.enum(['agent', 'end-user', 'bot']),
  userId: z.string(),
  createdAt: z.string(),
  afterClose: z.boolean(),
})

const transcriptMessage = z.object({
  source: z.enum(['user', 'bot', 'marker']),
  userId: z.string().optional(),
  type: z.string(),
  payload: z.record(z.any()),
})

const agentMessage = z.discriminatedUnion(
  'type',
  Object.entries(channelMessages).map(([type, def]) =>
    z.object({ type: z.literal(type), payload: def.schema })
  ) as unknown as [sdk.z.AnyZodObject, sdk.z.AnyZodObject, ...sdk.z.AnyZodObject[]]
)

export type AgentMessageInput = { type: ChannelMessageType; payload: Record<string, unknown> }

export const deskActions = {
  listSessions: {
    title: 'List HITL sessions',
    description:
      'Sessions for the HITL tab: pending first, by priority then waiting time; closed ones most recently closed first',
    attributes: hidden,
    input: {
      schema: z.object({
        status: z
          .enum([...sessionStatuses, 'open', 'all'])
          .default('open')
          .describe('open = pending and assigned'),
        assigneeId: botpressId().optional().describe('Only sessions assigned to this agent user id'),
        assigneeEmail: z.string().optional().describe('Only sessions assigned to the agent with this email'),
        limit: z.number().int().min(1).max(100).default(50),
        nextToken: z.string().optional(),
      }),
    },
    output: {
      schema: z.object({
        sessions: z.array(sessionSummary),
        counts: z.object({
          pending: z.number(),
          assigned: z.number(),
          closed: z.number(),
          closedMore: z
            .boolean()
            .optional()
            .describe('More closed sessions than counted (the count stops at 100): show "100+"'),
        }),
        nextToken: z.string().optional(),
      }),
    },
  },
  getSession: {
    title: 'Get a HITL session',
    description: 'One session with its transcript, live messages, notes, timeline and timings',
    attributes: hidden,
    input: {
      schema: z.object({
        conversationId,
        messagesAfter: z
          .string()
          .datetime()
          .optional()
          .describe(
            'A refresh: only the live messages created at or after this time (the newest one the caller has), without the transcript'
          ),
      }),
    },
    output: {
      schema: z.object({
        session: sessionSummary.extend({
          incremental: z
            .boolean()
            .optional()
            .describe('True for a refresh (messagesAfter): messages holds only the newer ones, transcript is empty'),
          description: z.string().optional(),
          transcript: z.array(transcriptMessage),
          transcriptDropped: z
            .number()
            .describe('History messages not kept because the history exceeded the storage limit'),
          messages: z.array(deskMessage),
          notes: z.array(z.object({ id: z.string(), text: z.string(), at: z.number(), by: actor })),
          timeline: z.array(
            z.object({
              from: z.string(),
              to: z.string(),
              at: z.number(),
              by: actor,
              why: z.string(),
              agent: actor.optional().describe('The agent the session went to'),
            })
          ),
          timings: z.object({
            waitedMs: z.number(),
            timeToAssignMs: z.number().optional(),
            firstResponseMs: z.number().optional(),
          }),
        }),
      }),
    },
  },
  assignAgent: {
    title: 'Assign an agent',
    description: 'Assign, reassign or transfer a session to an agent',
    attributes: hidden,
    input: {
      schema: z.object({
        conversationId,
        agent: agentIdentity,
        by: agentIdentity
          .optional()
          .describe('Who assigns, when not the agent themself (assign to another agent, transfer)'),
        intent: z
          .enum(['take', 'takeOver', 'assign'])
          .optional()
          .describe(
            'take: a pending session for the agent themself; takeOver: from the holder named in `holder`; assign: to someone else. Default: take without `by`, assign with it'
          ),
        holder: z
          .string()
          .email()
          .max(320)
          .optional()
          .describe(
            'Email of the agent the caller saw holding the session; if someone else holds it now, refused (409)'
          ),
        reason: reason.optional(),
      }),
    },
    output: { schema: z.object({ session: sessionSummary, agentUserId: z.string() }) },
  },
  sendAgentMessage: {
    title: 'Send an agent message',
    description: 'The agent answers the end user; retries with the same idempotency key never duplicate',
    attributes: hidden,
    input: {
      schema: z.object({
        conversationId,
        agent: agentIdentity,
        message: agentMessage,
        additionalData: z.string().max(MAX_ADDITIONAL_DATA_LENGTH).optional(),
        idempotencyKey: z
          .string()
          .min(8)
          .max(100)
          .describe('Same key, same message: a retried call does not send twice'),
      }),
    },
    output: { schema: z.object({ messageId: z.string(), agentUserId: z.string() }) },
  },
  addNote: {
    title: 'Add an internal note',
    description: 'A note for agents only; it never reaches the end user',
    attributes: hidden,
    input: {
      schema: z.object({
        conversationId,
        agent: agentIdentity,
        text: z.string().min(1).max(4000),
        idempotencyKey: z.string().min(8).max(100).optional(),
      }),
    },
    output: { schema: z.object({ noteId: z.string() }) },
  },
  closeSession: {
    title: 'Resume chatbot',
    description: 'The agent hands the conversation back to the bot',
    attributes: hidden,
    input: {
      schema: z.object({
        conversationId,
        agent: agentIdentity,
        reason,
        takeOverFrom: z
          .string()
          .email()
          .max(320)
          .optional()
          .describe('Closing a session another agent holds: the email of that agent (recorded as a take-over)'),
      }),
    },
    output: { schema: z.object({ session: sessionSummary }) },
  },
} satisfies Record<string, sdk.ActionDefinition>
