import { z } from '@botpress/sdk'

/**
 * What the bot builder can say and tune about handoffs: the options of Botpress's HITL plugin, in our
 * words. An empty text means "say nothing". `{agentName}` in agentAssignedText is replaced by the
 * agent's name (or "An agent" when useHumanAgentInfo is off).
 */
export const handoffConfigurationSchema = z.object({
  handoffText: z
    .string()
    .default("I'm connecting you with a human agent. Someone will be with you shortly.")
    .describe('Told to the end user once the session has started (never when it failed to start)'),
  handoffFailedText: z
    .string()
    .default("Sorry, I couldn't reach a human agent right now. Please try again in a moment.")
    .describe('Told to the end user when the session could not be started'),
  agentAssignedText: z
    .string()
    .default('{agentName} joined the conversation.')
    .describe('Told to the end user when an agent takes the session'),
  stoppedText: z
    .string()
    .default('The agent has ended the conversation. I am back to help you.')
    .describe('Told to the end user when the agent closes the session'),
  userCancelledText: z
    .string()
    .default('( The user has ended the session. )')
    .describe('Written in the session for the agent when the end user ends it with the close command'),
  userEndedText: z
    .string()
    .default('You ended the conversation with the agent. I am back to help you.')
    .describe('Told to the end user after the close command'),
  assignmentTimeoutText: z
    .string()
    .default('No agent is available right now. Please try again later; until then, I will keep helping you.')
    .describe('Told to the end user when no agent took the session in time'),
  assignmentTimeoutAgentText: z
    .string()
    .default('( No agent joined in time: the session was closed. )')
    .describe('Written in the session for agents when the assignment timeout closes it'),
  botStoppedAgentText: z
    .string()
    .default('( The bot has ended the session. )')
    .describe('Written in the session for agents when the bot itself stops it'),
  unsupportedMessageText: z
    .string()
    .default(
      'Sorry, the agent cannot receive this kind of message. Please send text, an image, audio, a video or a file.'
    )
    .describe('Told to the end user when a message cannot be relayed to the agent'),
  closeCommand: z.string().min(1).default('/end').describe('The end user types this (any case) to end the session'),
  humanCommand: z.string().min(1).default('/human').describe('The end user types this (any case) to ask for an agent'),
  agentAssignedTimeoutSeconds: z
    .number()
    .nonnegative()
    .default(0)
    .describe('Seconds to wait for an agent before giving up and handing back to the bot; 0 waits forever'),
  useHumanAgentInfo: z.boolean().default(true).describe("Show the agent's name to the end user"),
  flowOnHitlStopped: z
    .boolean()
    .default(true)
    .describe('When a session ends, the bot carries on without waiting for the end user'),
})

export type HandoffConfiguration = z.infer<typeof handoffConfigurationSchema>
export type HandoffConfigurationInput = z.input<typeof handoffConfigurationSchema>

/**
 * Botpress hands the bot its configuration as a JSON string (`ctx.configuration.payload`); a runtime that
 * sends none (the local stand-in) gets the configuration the bot server was started with.
 */
export const readConfiguration = (
  ctxConfiguration: { payload?: unknown } | undefined,
  fallback: HandoffConfigurationInput = {}
): HandoffConfiguration => {
  const payload = ctxConfiguration?.payload
  const given = typeof payload === 'string' && payload.trim() ? JSON.parse(payload) : fallback
  return handoffConfigurationSchema.parse(given ?? {})
}

/** The command typed by the end user, compared the way people type it: any case, surrounding spaces ignored. */
export const isCommand = (text: unknown, command: string): boolean =>
  typeof text === 'string' && text.trim().toLowerCase() === command.trim().toLowerCase()
