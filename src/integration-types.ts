/**
 * The typed facade `bp gen` would write into `.botpress/`: the registry here only serves a CLI that
 * cannot read SDK 5 definitions, so the integration's types are inferred from the definition sources.
 * `test/types.test-d.ts` proves wrong payloads do not compile.
 */
import * as sdk from '@botpress/sdk'
import type { z } from '@botpress/sdk'
import type {
  configuration,
  deskActions,
  detectEscalationAction,
  hitlInterface,
  presenceActions,
  savedReplyActions,
  queueActions,
  states,
} from './definitions'
import type { channelMessages } from './definitions/messages'
import type { hitlSessionSchema } from './definitions/session-entity'
import type { MessageTag, SessionTag, UserTag } from './definitions/tags'

type Infer<S> = S extends z.ZodTypeAny ? z.infer<S> : never
type Tags<K extends string> = { [T in K]: string }

type OwnActionDefs = typeof deskActions &
  typeof presenceActions &
  typeof savedReplyActions &
  typeof queueActions & { detectEscalation: typeof detectEscalationAction }
type OwnActions = {
  [K in keyof OwnActionDefs]: {
    input: Infer<OwnActionDefs[K]['input']['schema']>
    output: Infer<OwnActionDefs[K]['output']['schema']>
  }
}

type InterfaceActionDefs = NonNullable<typeof hitlInterface.props.actions>
type InterfaceActionInput<K extends keyof InterfaceActionDefs> = Infer<
  ReturnType<InterfaceActionDefs[K]['input']['schema']>
>

export type HitlSessionEntity = z.infer<typeof hitlSessionSchema>

/** The interface's outputs are typed by functions the SDK erases, so they are restated here. */
type InterfaceActions = {
  createUser: { input: InterfaceActionInput<'createUser'>; output: { userId: string } }
  startHitl: {
    input: Omit<InterfaceActionInput<'startHitl'>, 'hitlSession'> & { hitlSession?: HitlSessionEntity }
    output: { conversationId: string }
  }
  stopHitl: { input: InterfaceActionInput<'stopHitl'>; output: {} }
}

type HitlPayloadExtras = { userId?: string; additionalData?: string }
export type ChannelMessages = {
  [K in keyof typeof channelMessages]: z.infer<(typeof channelMessages)[K]['schema']> & HitlPayloadExtras
}

type StateDefs = typeof states

export type TIntegration = {
  name: 'hitl'
  version: string
  configuration: z.infer<typeof configuration.schema>
  configurations: {}
  actions: OwnActions & InterfaceActions
  channels: {
    hitl: {
      messages: ChannelMessages
      message: { tags: Tags<MessageTag> }
      conversation: { tags: Tags<SessionTag> }
    }
  }
  events: {
    hitlAssigned: { conversationId: string; userId: string }
    hitlStopped: { conversationId: string }
  }
  states: { [K in keyof StateDefs]: { type: StateDefs[K]['type']; payload: z.infer<StateDefs[K]['schema']> } }
  user: { tags: Tags<UserTag> }
  entities: { hitlSession: HitlSessionEntity }
}

export type IntegrationProps = sdk.IntegrationProps<TIntegration>
export class Integration extends sdk.Integration<TIntegration> {}
export type Client = sdk.IntegrationSpecificClient<TIntegration>
export type Context = Parameters<IntegrationProps['register']>[0]['ctx']
export type Logger = sdk.IntegrationLogger

export type ActionName = keyof TIntegration['actions']
export type ActionInput<K extends ActionName> = TIntegration['actions'][K]['input']
export type ActionOutput<K extends ActionName> = TIntegration['actions'][K]['output']
export type ActionProps<K extends ActionName> = Parameters<IntegrationProps['actions'][K]>[0]
export type Configuration = TIntegration['configuration']
export type SessionTags = TIntegration['channels']['hitl']['conversation']['tags']
export type StatePayload<K extends keyof TIntegration['states']> = TIntegration['states'][K]['payload']
export type MessageType = keyof ChannelMessages
