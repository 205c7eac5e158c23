// What every operation handler receives: the runtime, the authenticated caller and its bot's store.
import type { Caller } from '../store/caller'
import type { Runtime } from '../runtime'
import type { BotStore } from '../store/bot-store'

export type OpContext = { rt: Runtime; caller: Caller; store: BotStore }

export type Query = {
  get(name: string): string | undefined
  all(name: string): string[]
  /** `tags` object parameter, as @botpress/client encodes it (`tags.key=value`, also `tags[key]=value`). */
  object(name: string): Record<string, string> | undefined
}

export type OpRequest = { params: Record<string, string>; query: Query; body: any }
export type OpResult = { status?: number; body: unknown }
export type Operation = (ctx: OpContext, req: OpRequest) => OpResult | Promise<OpResult>

export const dateRange = (query: Query) => {
  const after = query.get('afterDate')
  const before = query.get('beforeDate')
  return (iso: string) =>
    (!after || iso >= new Date(after).toISOString()) && (!before || iso <= new Date(before).toISOString())
}
