import { z } from '@botpress/sdk'

/**
 * What the demo bot keeps in Botpress (never in process memory): one handoff per end-user conversation,
 * how each session ended, and the events it schedules or reacts to.
 */

export const handoffPhases = ['starting', 'active', 'ending'] as const

/** On the end user's conversation, while a handoff exists; deleted when the bot has the conversation back. */
export const handoffStateSchema = z.object({
  phase: z.enum(handoffPhases),
  claim: z.string().describe('Random key of the card run that owns this handoff (getOrSetState: the first card wins)'),
  startedAt: z.number(),
  startedBy: z
    .string()
    .optional()
    .describe('Id of the end-user message that fired the card: it is in the history, never relayed'),
  endUserId: z.string(),
  endUserCopyId: z.string().optional().describe('The end-user copy inside the session'),
  sessionId: z.string().optional().describe('The HITL session (downstream conversation)'),
  agent: z.object({ userId: z.string(), name: z.string(), pictureUrl: z.string().optional() }).optional(),
  endingSince: z.number().optional(),
})
export type HandoffState = z.infer<typeof handoffStateSchema>

export const endReasons = ['end-user', 'timeout', 'bot', 'agent'] as const
export type EndReason = (typeof endReasons)[number]

/** On the session's conversation, set once: the first to end a session wins, the others stand aside. */
export const handoffEndSchema = z.object({
  reason: z.enum(endReasons),
  cause: z.string().describe('What ended it (a message or event id): a retry of the same cause resumes the ending'),
  at: z.number(),
})
export type HandoffEnd = z.infer<typeof handoffEndSchema>

export const states = {
  handoff: { type: 'conversation' as const, schema: handoffStateSchema },
  handoffEnd: { type: 'conversation' as const, schema: handoffEndSchema },
}

const handoffRequest = z.object({
  conversationId: z.string().optional().describe('The end user conversation, when the event is not attached to it'),
  userId: z.string().optional().describe('The end user; defaults to the last person who wrote'),
  title: z.string().optional(),
  description: z.string().optional(),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).optional(),
  category: z.string().optional(),
})

export const events = {
  agentAssignmentTimeout: {
    schema: z
      .object({ sessionId: z.string(), startedAt: z.number() })
      .describe('Scheduled when a session starts, if a timeout is configured'),
  },
  handoffRequested: {
    schema: handoffRequest.describe('Fires the handoff card from outside the conversation (a flow, a test, the demo)'),
  },
  handoffStopRequested: {
    schema: z
      .object({ conversationId: z.string().optional(), reason: z.string().optional() })
      .describe('The bot stops the handoff'),
  },
  conversationHandedBack: {
    schema: z
      .object({ sessionId: z.string(), reason: z.enum(endReasons) })
      .describe('A session ended and the bot has the conversation again: its flow carries on'),
  },
}

export const actions = {
  startHandoff: {
    title: 'Start handoff',
    description: 'The handoff card: hand the conversation to a live agent',
    input: { schema: handoffRequest.extend({ conversationId: z.string() }) },
    output: {
      schema: z.object({ started: z.boolean(), sessionId: z.string().optional(), reason: z.string().optional() }),
    },
  },
  stopHandoff: {
    title: 'Stop handoff',
    description: 'The bot takes the conversation back from the agent',
    input: { schema: z.object({ conversationId: z.string(), reason: z.string().optional() }) },
    output: { schema: z.object({ stopped: z.boolean() }) },
  },
}

export const userTags = {
  downstream: { title: 'End-user copy', description: 'Id of the user standing for this end user inside HITL sessions' },
  upstream: { title: 'End user', description: 'On an end-user copy: id of the end user it stands for' },
  email: { title: 'Email', description: 'Email of the end user, when a channel knows it' },
}

export const conversationTags = {
  downstream: { title: 'HITL session', description: 'On an end user conversation: its current or last session' },
  upstream: { title: 'End user conversation', description: 'On a session: the end user conversation it serves' },
}

export const messageTags = {
  upstreamMessage: { title: 'End user message', description: 'On a session: the end user message this one relays' },
  downstreamMessage: {
    title: 'Agent message',
    description: 'On an end user conversation: the agent message this one relays',
  },
  cause: { title: 'Cause', description: 'What made the bot say this (message or event id): said once per cause' },
  additionalData: { title: 'Additional data', description: 'Extra data the agent side sent with the message' },
  agentName: { title: 'Agent name', description: 'Who wrote the relayed message (when useHumanAgentInfo is on)' },
  agentPictureUrl: {
    title: 'Agent picture',
    description: "The agent's avatar (when useHumanAgentInfo is on and the address fits in a tag)",
  },
}
