import { writePresence } from '../agents/presence'
import { offerPending, routingFor } from '../routing/auto-assign'
import { defineAction } from './define-action'

/** The agent's presence control. Going online (not a confirmation) offers them, and the others, pending sessions. */
export const setPresence = defineAction('setPresence', async ({ input, client, ctx, logger, announce }) => {
  const { agent, wasOnline } = await writePresence(client, input.agent, input.presence)
  const offer =
    agent.presence === 'online' && !wasOnline
      ? await offerPending(routingFor({ client, ctx, logger, announce }))
      : undefined
  return { agent, autoAssigned: offer?.assigned.map((s) => s.id) ?? [] }
})
