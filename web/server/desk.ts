import type { Client } from '@botpress/client'
import type { z } from '@botpress/sdk'
import type { deskActions } from '../../src/definitions/desk-actions'
import type { presenceActions } from '../../src/definitions/presence-actions'
import type { queueActions } from '../../src/definitions/queue-actions'
import type { savedReplyActions } from '../../src/definitions/saved-reply-actions'
import { BotpressProblemError, type ProblemContext, botpressProblemOf } from './botpress-problem'

type DeskActions = typeof deskActions & typeof presenceActions & typeof savedReplyActions & typeof queueActions
export type DeskActionName = keyof DeskActions
export type DeskInput<K extends DeskActionName> = z.input<DeskActions[K]['input']['schema']>
export type DeskOutput<K extends DeskActionName> = z.infer<DeskActions[K]['output']['schema']>

/** The integration's agent-desk actions, called through Botpress as the dashboard's HITL tab calls them. */
export type Desk = <K extends DeskActionName>(action: K, input: DeskInput<K>) => Promise<DeskOutput<K>>

/**
 * Each action is `callAction('<alias>:<action>')` on the public API. A Botpress problem (unreachable, token,
 * alias, throttling) becomes a BotpressProblemError carrying its sentence; an action's refusal stays as it is.
 */
export const deskOf =
  (client: Pick<Client, 'callAction'>, ctx: ProblemContext, onProblem?: (err: BotpressProblemError) => void): Desk =>
  async (action, input) => {
    try {
      const { output } = await client.callAction({
        type: `${ctx.alias}:${action}`,
        input: input as Record<string, unknown>,
      })
      return output as DeskOutput<typeof action>
    } catch (err) {
      const problem = botpressProblemOf(err, ctx)
      if (!problem) throw err
      const wrapped = new BotpressProblemError(problem, { cause: err })
      onProblem?.(wrapped)
      throw wrapped
    }
  }
