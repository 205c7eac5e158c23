import * as sdk from '@botpress/sdk'
import type { DemoBot } from './bot-types'
import type { HandoffConfigurationInput } from './configuration'
import { handoffActions, installConversation } from './conversation'
import { installHandoff } from './hitl'

export type DemoBotOptions = {
  /** Used when the runtime sends the bot no configuration (the local stand-in); Botpress's own wins. */
  configuration?: HandoffConfigurationInput
}

/** The demo bot: the handoff (as the HITL plugin would add it), then the bot's own conversation. */
export const createDemoBot = (options: DemoBotOptions = {}) => {
  const bot = new sdk.Bot<DemoBot>({ actions: handoffActions(options.configuration), plugins: {} })
  installHandoff(bot, options.configuration)
  installConversation(bot, options.configuration)
  return bot
}
