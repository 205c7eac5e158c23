import { normalizeEmail } from '../agents/agent-user'
import type { Client } from '../integration-types'
import { defineAction } from './define-action'

/**
 * The end-user copy, found by email so the same person gets the same user (the plugin falls back to
 * `<id>@no-reply.<bot>.botpress.com` emails, which are just as unique). Without an email, a new user.
 */
export const createUser = defineAction('createUser', async ({ input, client }) => {
  const email = input.email ? normalizeEmail(input.email) : undefined
  const profile = { name: input.name, pictureUrl: input.pictureUrl }
  if (!email) {
    const { user } = await client.createUser({ ...profile, tags: { role: 'end-user' } } as Parameters<Client['createUser']>[0])
    return { userId: user.id }
  }
  const { user } = await client.getOrCreateUser({
    ...profile,
    tags: { role: 'end-user', email },
    discriminateByTags: ['role', 'email'],
  } as Parameters<Client['getOrCreateUser']>[0])
  if (user.name !== input.name || (input.pictureUrl !== undefined && user.pictureUrl !== input.pictureUrl)) {
    await client.updateUser({ id: user.id, ...profile })
  }
  return { userId: user.id }
})
