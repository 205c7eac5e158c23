import { listPresence } from '../agents/presence'
import { defineAction } from './define-action'

/** Every agent who set a presence, for the tab's header, picker and the "Maya is offline" flags. */
export const listAgentPresence = defineAction('listAgentPresence', async ({ client }) => ({
  agents: await listPresence(client),
}))
