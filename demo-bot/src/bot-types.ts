/**
 * The bot's types, as `bp gen` would write them into `.botpress/` for the default alias `hitl` (at run time
 * the installation's own alias keys its actions and events: see `installed`), the built-in chat channel the
 * end user talks on, and the bot's own states, events, actions.
 */
import * as sdk from '@botpress/sdk'
import type { z } from '@botpress/sdk'
import type { TIntegration } from '../../src/integration-types'
import type { actions, events, states } from './state/definitions'
import type { HandoffInterfaces } from './state/hitl-interface'

type Infer<S> = S extends z.ZodTypeAny ? z.infer<S> : never

/** What a chat channel accepts: the default message types, plus markdown and bloc. */
const chatMessageDefinitions = {
  ...sdk.messages.defaults,
  markdown: sdk.messages.markdown,
  bloc: sdk.messages.markdownBloc,
}
type ChatMessages = {
  [K in keyof typeof chatMessageDefinitions]: z.infer<(typeof chatMessageDefinitions)[K]['schema']>
}

type ChatIntegration = {
  name: 'chat'
  version: '0.0.0'
  configuration: {}
  configurations: {}
  actions: {}
  events: {}
  states: {}
  user: { tags: {} }
  entities: {}
  channels: { channel: { messages: ChatMessages; message: { tags: {} }; conversation: { tags: {} } } }
}

export type DemoBot = {
  integrations: { hitl: TIntegration; chat: ChatIntegration }
  events: { [K in keyof typeof events]: Infer<(typeof events)[K]['schema']> }
  states: {
    [K in keyof typeof states]: { type: (typeof states)[K]['type']; payload: Infer<(typeof states)[K]['schema']> }
  }
  actions: {
    [K in keyof typeof actions]: {
      input: Infer<(typeof actions)[K]['input']['schema']>
      output: Infer<(typeof actions)[K]['output']['schema']>
    }
  }
  tables: {}
  workflows: {}
}

export type BotClient = sdk.BotSpecificClient<DemoBot>
export type BotLogger = sdk.BotLogger

/** What every handler of the demo bot works with: the SDK's props, and the integration behind `hitl`. */
export type BotProps = {
  client: BotClient
  ctx: { botId: string; configuration: { payload?: unknown } }
  logger: BotLogger
  interfaces: HandoffInterfaces
}
