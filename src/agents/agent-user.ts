import type { Client } from '../integration-types'
import type { Agent } from '../session/session'
import { normalizeEmail, userByEmail, type Profile } from '../users/user-by-email'

export { normalizeEmail }
export type AgentIdentity = Profile

/** The workspace member as a Botpress user of this integration, found by email. */
export const resolveAgent = async (client: Client, identity: AgentIdentity): Promise<Agent> => {
  const user = await userByEmail(client, 'agent', identity)
  return { userId: user.id, email: normalizeEmail(identity.email), name: identity.name }
}
