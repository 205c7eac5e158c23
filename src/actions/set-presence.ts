import { writePresence } from '../agents/presence'
import { offerPending } from '../routing/auto-assign'
import { defineAction } from './define-action'

/** The agent's presence control. Going online (not a confirmation) offers them, and the others, pending sessions. */
export const setPresence = defineAction('setPresence', async ({ input, client, ctx, logger, announce }) => {
  const { agent, wasOnline } = await writePresence(client, input.agent, input.presence)
  const assigned =
    agent.presence === 'online' && !wasOnline
      ? await offerPending({
          client,
          configuration: ctx.configuration,
          integrationId: ctx.integrationId,
          logger,
          announce,
        })
      : []
  return { agent, autoAssigned: assigned.map((s) => s.id) }
})
