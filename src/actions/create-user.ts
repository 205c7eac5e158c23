import type { Client } from '../integration-types'
import { userByEmail } from '../users/user-by-email'
import { defineAction } from './define-action'

/**
 * The end-user copy, found by email so the same person gets the same user (the plugin falls back to
 * `<id>@no-reply.<bot>.botpress.com` emails, which are just as unique). Without an email, a new user.
 */
export const createUser = defineAction('createUser', async ({ input, client }) => {
  if (input.email) {
    const user = await userByEmail(client, 'end-user', {
      email: input.email,
      name: input.name,
      pictureUrl: input.pictureUrl,
    })
    return { userId: user.id }
  }
  const { user } = await client.createUser({
    name: input.name,
    pictureUrl: input.pictureUrl,
    tags: { role: 'end-user' },
  } as Parameters<Client['createUser']>[0])
  return { userId: user.id }
})
