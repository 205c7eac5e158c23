import * as sdk from '@botpress/sdk'
import hitlDefinition from '../integration.definition'
import { handoffConfigurationSchema } from './src/state/configuration'
import { actions, conversationTags, events, messageTags, states, userTags } from './src/state/definitions'

/**
 * The alias the bot installs the integration under (`HITL_ALIAS`); by default the published name without
 * its workspace handle (`acme/hitl` is installed as `hitl`). Everything the bot sees of it is keyed by this.
 */
export const HITL_ALIAS = process.env.HITL_ALIAS || hitlDefinition.name.split('/').at(-1) || hitlDefinition.name

/**
 * The demo bot: a small FAQ bot that hands conversations to live agents through the `hitl` integration,
 * the way Botpress's HITL plugin does. Everything it remembers is declared here and lives in Botpress.
 */
export default new sdk.BotDefinition({
  configuration: { schema: handoffConfigurationSchema },
  states,
  events,
  actions,
  user: { tags: userTags },
  conversation: { tags: conversationTags },
  message: { tags: messageTags },
}).addIntegration(
  {
    type: 'integration',
    name: hitlDefinition.name,
    version: hitlDefinition.version,
    definition: hitlDefinition,
  } as sdk.IntegrationPackage,
  { alias: HITL_ALIAS, enabled: true, configuration: {} }
)
