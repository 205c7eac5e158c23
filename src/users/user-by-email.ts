import type { User } from '@botpress/client'
import type { Client } from '../integration-types'

export type Profile = { email: string; name: string; pictureUrl?: string }
export type Role = 'end-user' | 'agent'

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/**
 * One Botpress user per role and email: get-or-create, so two instances never create the same person
 * twice, then brought up to date with the name and picture the plugin shows the end user.
 */
export const userByEmail = async (client: Client, role: Role, profile: Profile): Promise<User> => {
  const { user } = await client.getOrCreateUser({
    name: profile.name,
    pictureUrl: profile.pictureUrl,
    tags: { role, email: normalizeEmail(profile.email) },
    discriminateByTags: ['role', 'email'],
  } as Parameters<Client['getOrCreateUser']>[0])
  if (user.name !== profile.name || (profile.pictureUrl !== undefined && user.pictureUrl !== profile.pictureUrl)) {
    await client.updateUser({ id: user.id, name: profile.name, pictureUrl: profile.pictureUrl ?? user.pictureUrl })
  }
  return user
}
