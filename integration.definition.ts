import * as sdk from '@botpress/sdk'
import {
  configuration,
  deskActions,
  detectEscalationAction,
  entities,
  hitlInterfacePackage,
  messageTags,
  presenceActions,
  savedReplyActions,
  queueActions,
  sessionTags,
  states,
  userTags,
} from './src/definitions'

/** The published name; deploy under a workspace handle with HITL_INTEGRATION_NAME=<handle>/hitl. */
export const INTEGRATION_NAME = process.env.HITL_INTEGRATION_NAME ?? 'hitl'
export const INTEGRATION_VERSION = '1.0.0'

export default new sdk.IntegrationDefinition({
  name: INTEGRATION_NAME,
  version: INTEGRATION_VERSION,
  title: 'HITL',
  description:
    'Hand conversations to live agents in the HITL tab, answer the end user, and give control back to the bot.',
  icon: 'icon.svg',
  readme: 'hub.md',
  configuration,
  entities,
  states,
  user: { tags: userTags },
  actions: {
    ...deskActions,
    ...presenceActions,
    ...savedReplyActions,
    ...queueActions,
    detectEscalation: detectEscalationAction,
  },
  events: {},
  channels: {},
  attributes: { category: 'Customer Support' },
}).extend(hitlInterfacePackage, (self) => ({
  entities: { hitlSession: self.entities.hitlSession },
  channels: {
    hitl: {
      title: 'HITL session',
      description: 'The conversation between a live agent and the end user while the bot stands aside',
      conversation: { tags: sessionTags },
      message: { tags: messageTags },
    },
  },
}))
