/**
 * Compiled by `tsc` in `npm test`, never run: each @ts-expect-error must meet a real type error,
 * so this file fails to compile if the typed facade starts accepting wrong payloads.
 */
import type { ActionInput, ActionOutput, Client, IntegrationProps, TIntegration } from '../../src/integration-types'

declare const client: Client

export const rightCalls = async () => {
  await client.getOrSetState({
    type: 'conversation',
    id: 'conv',
    name: 'claim',
    payload: { agentUserId: 'u', email: 'e', at: 1 },
  })
  await client.createEvent({ type: 'hitlStopped', payload: { conversationId: 'conv' } })
  const input: ActionInput<'startHitl'> = {
    userId: 'user_1',
    hitlSession: { priority: 'urgent', category: 'billing' },
    messageHistory: [{ source: { type: 'bot' }, type: 'text', payload: { text: 'hi' } }],
  }
  const output: ActionOutput<'createUser'> = { userId: 'user_1' }
  return { input, output }
}

export const wrongCalls = async () => {
  const claim = { type: 'conversation', id: 'conv', name: 'claim' } as const
  // @ts-expect-error the claim state has no `agent` field
  await client.getOrSetState({ ...claim, payload: { agent: 'u', email: 'e', at: 1 } })
  // @ts-expect-error states are declared: there is no state named `session`
  await client.getState({ type: 'conversation', id: 'conv', name: 'session' })
  // @ts-expect-error hitlStopped carries a conversationId, not a userId
  await client.createEvent({ type: 'hitlStopped', payload: { userId: 'u' } })
  // @ts-expect-error no such event
  await client.createEvent({ type: 'hitlReopened', payload: { conversationId: 'c' } })

  // @ts-expect-error priority is low, normal, high or urgent
  const badPriority: ActionInput<'startHitl'> = { userId: 'u', messageHistory: [], hitlSession: { priority: 'asap' } }
  // @ts-expect-error messageHistory is required by the interface
  const noHistory: ActionInput<'startHitl'> = { userId: 'u' }
  // @ts-expect-error createUser returns userId
  const badOutput: ActionOutput<'createUser'> = { id: 'user_1' }
  // @ts-expect-error sendAgentMessage needs an idempotency key
  const noKey: ActionInput<'sendAgentMessage'> = {
    conversationId: 'c',
    agent: { email: 'a@b.c', name: 'A' },
    message: { type: 'text', payload: { text: 'hi' } },
  }
  return { badPriority, noHistory, badOutput, noKey }
}

type HitlMessages = TIntegration['channels']['hitl']['messages']
export const messages: HitlMessages['text'] = { text: 'hi', userId: 'user_1', additionalData: '{"a":1}' }
// @ts-expect-error an image needs its imageUrl
export const badImage: HitlMessages['image'] = { userId: 'user_1' }

type ActionHandlers = IntegrationProps['actions']
// @ts-expect-error every declared action must be served
export const missingAction: ActionHandlers = {}
