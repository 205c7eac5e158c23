import type { Client } from '../integration-types'
import type { Agent } from '../session/session'

export type AgentIdentity = { email: string; name: string; pictureUrl?: string }

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/**
 * The workspace member as a Botpress user of this integration: found by email (get-or-create, so two
 * instances never create the agent twice) and kept up to date with the name and picture the plugin shows.
 */
export const resolveAgent = async (client: Client, identity: AgentIdentity): Promise<Agent> => {
  const email = normalizeEmail(identity.email)
  const { user } = await client.getOrCreateUser({
    name: identity.name,
    pictureUrl: identity.pictureUrl,
    tags: { role: 'agent', email },
    discriminateByTags: ['role', 'email'],
  } as Parameters<Client['getOrCreateUser']>[0])
  if (user.name !== identity.name || (identity.pictureUrl !== undefined && user.pictureUrl !== identity.pictureUrl)) {
    await client.updateUser({ id: user.id, name: identity.name, pictureUrl: identity.pictureUrl ?? user.pictureUrl })
  }
  return { userId: user.id, email, name: identity.name }
}
