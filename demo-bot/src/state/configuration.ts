import { z } from '@botpress/sdk'

/**
 * What the bot builder can say and tune about handoffs: the options of Botpress's HITL plugin (1.4.2), with
 * its default texts, so a bot that later switches to the plugin tells its end users the same things. An
 * empty text means "say nothing" (the plugin's `NULL`). `{agentName}` in agentAssignedText is replaced by
 * the agent's name (or "An agent" when useHumanAgentInfo is off); the plugin's default names no one and
 * shows the agent as the speaker instead.
 */
export const handoffConfigurationSchema = z.object({
  handoffText: z
    .string()
    .default('I have escalated this conversation to a human agent. They should be with you shortly.')
    .describe('Told to the end user once the session has started (never when it failed to start)'),
  handoffFailedText: z
    .string()
    .default("Sorry, I couldn't reach a human agent right now. Please try again in a moment.")
    .describe('Told to the end user when the session could not be started (the plugin has no such text)'),
  agentAssignedText: z
    .string()
    .default('A human agent has joined the conversation.')
    .describe('Told to the end user when an agent takes the session'),
  stoppedText: z
    .string()
    .default('The human agent closed the conversation. I will continue assisting you.')
    .describe('Told to the end user when the agent closes the session'),
  unansweredStoppedText: z
    .string()
    .default('No agent was able to take your conversation this time. I will continue assisting you.')
    .describe(
      'Told to the end user when the session closes before any agent joined it (the plugin has no such text: it says stoppedText)'
    ),
  userCancelledText: z
    .string()
    .default('( The user has ended the session. )')
    .describe(
      'Written in the session for the agent when the bot stops it: the close command, the assignment timeout or the flow (the plugin writes this one text for all three)'
    ),
  userEndedText: z
    .string()
    .default('You have ended the session with the human agent. I will continue assisting you.')
    .describe('Told to the end user after the close command'),
  assignmentTimeoutText: z
    .string()
    .default(
      'No human agent is available at the moment. Please try again later. I will continue assisting you for the time being.'
    )
    .describe('Told to the end user when no agent took the session in time'),
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
