import type { Client } from '@botpress/client'
import type { z } from '@botpress/sdk'
import type { deskActions } from '../../src/definitions/desk-actions'

type DeskActions = typeof deskActions
export type DeskActionName = keyof DeskActions
export type DeskInput<K extends DeskActionName> = z.input<DeskActions[K]['input']['schema']>
export type DeskOutput<K extends DeskActionName> = z.infer<DeskActions[K]['output']['schema']>

/** The integration's agent-desk actions, called through Botpress as the dashboard's HITL tab calls them. */
export type Desk = <K extends DeskActionName>(action: K, input: DeskInput<K>) => Promise<DeskOutput<K>>

export const deskOf =
  (client: Client, integrationAlias = 'hitl'): Desk =>
  async (action, input) => {
    const { output } = await client.callAction({
      type: `${integrationAlias}:${action}`,
      input: input as Record<string, unknown>,
    })
    return output as never
  }
