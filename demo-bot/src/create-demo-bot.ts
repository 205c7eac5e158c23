import * as sdk from '@botpress/sdk'
import definition from '../bot.definition'
import type { DemoBot } from './bot-types'
import type { HandoffConfigurationInput } from './state/configuration'
import { handoffActions, installConversation } from './hooks/install-conversation'
import { installHandoff } from './hooks/install-handoff'
import { type HandoffInterfaces, hitlInterfaceOf } from './state/hitl-interface'

export type DemoBotOptions = {
  /** Used when the runtime sends the bot no configuration (the local stand-in); Botpress's own wins. */
  configuration?: HandoffConfigurationInput
  /** The integration behind `hitl` (its alias keys everything); by default, the one bot.definition.ts installs. */
  interfaces?: HandoffInterfaces
}

/** The demo bot: the handoff (as the HITL plugin would add it), then the bot's own conversation. */
export const createDemoBot = (options: DemoBotOptions = {}) => {
  const interfaces = options.interfaces ?? { hitl: hitlInterfaceOf(definition) }
  const bot = new sdk.Bot<DemoBot>({ actions: handoffActions(interfaces, options.configuration), plugins: {} })
  installHandoff(bot, interfaces, options.configuration)
  installConversation(bot, interfaces, options.configuration)
  return bot
}
