import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

describe('createUser (the end-user copy)', () => {
  it('gives the same email the same user, and keeps name, picture and email', async () => {
    const first = await h.call('createUser', {
      name: 'Erin',
      pictureUrl: 'https://pics.test/erin.png',
      email: 'Erin@Example.test',
    })
    const again = await h.call('createUser', { name: 'Erin', email: 'erin@example.test' })
    expect(again.userId).toBe(first.userId)
    const { user } = await h.api.getUser({ id: first.userId })
    expect(user).toMatchObject({ name: 'Erin', pictureUrl: 'https://pics.test/erin.png' })
    expect(user.tags['hitl:email']).toBe('erin@example.test')
  })

  it("accepts the plugin's fallback no-reply emails, one user per upstream user", async () => {
    const a = await h.call('createUser', { name: 'Unknown User', email: 'user_a@no-reply.bot_1.botpress.com' })
    const b = await h.call('createUser', { name: 'Unknown User', email: 'user_b@no-reply.bot_1.botpress.com' })
    expect(a.userId).not.toBe(b.userId)
  })

  it('updates the name when the same person comes back under a new name', async () => {
    const { userId } = await h.call('createUser', { name: 'Old Name', email: 'rename@example.test' })
    await h.call('createUser', { name: 'New Name', email: 'rename@example.test' })
    expect((await h.api.getUser({ id: userId })).user.name).toBe('New Name')
  })

  it('refuses a missing name, naming the field', async () => {
    expect(await failureOf(h.call('createUser', { email: 'x@example.test' }))).toMatch(/createUser.*name/)
  })
})
