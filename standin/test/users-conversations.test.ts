// Users, conversations, participants, tags (namespacing, declared-only, merge/remove, filters), paging.
import { describe, expect, it } from 'vitest'
import { failure } from './helpers/failure'
import { useWorld } from './helpers/world'

describe('users', () => {
  const w = useWorld()

  it('creates, reads, updates and deletes users; ids look real', async () => {
    const { user } = await w.integrationClient.createUser({
      tags: { email: 'a@x.io' },
      name: 'Ann',
      pictureUrl: 'https://x.io/a.png',
    })
    expect(user.id).toMatch(/^user_[0-9A-Z]{26}$/)
    expect(user).toMatchObject({ name: 'Ann', pictureUrl: 'https://x.io/a.png', tags: { email: 'a@x.io' } })
    expect((await w.botClient.getUser({ id: user.id })).user.tags).toEqual({ 'support:email': 'a@x.io' })
    const { user: updated } = await w.integrationClient.updateUser({
      id: user.id,
      name: 'Anna',
      pictureUrl: null as any,
    })
    expect(updated.name).toBe('Anna')
    expect(updated.pictureUrl).toBeUndefined()
    await w.integrationClient.deleteUser({ id: user.id })
    expect(await failure(w.botClient.getUser({ id: user.id }))).toMatch(/^ResourceNotFound/)
  })

  it('getOrCreateUser finds the user by the discriminating tags', async () => {
    const first = await w.integrationClient.getOrCreateUser({
      tags: { email: 'same@x.io' },
      name: 'First',
      discriminateByTags: ['email'],
    })
    const again = await w.integrationClient.getOrCreateUser({
      tags: { email: 'same@x.io' },
      name: 'Second',
      discriminateByTags: ['email'],
    })
    const other = await w.integrationClient.getOrCreateUser({
      tags: { email: 'other@x.io' },
      discriminateByTags: ['email'],
    })
    expect(again.user.id).toBe(first.user.id)
    expect(again.user.name).toBe('First')
    expect(other.user.id).not.toBe(first.user.id)
  })

  it('refuses undeclared tags and values longer than 500 characters, naming the tag', async () => {
    expect(await failure(w.integrationClient.createUser({ tags: { phone: '1' } }))).toMatch(
      /^InvalidPayload: .*"phone"/
    )
    expect(await failure(w.integrationClient.createUser({ tags: { email: 'x'.repeat(501) } }))).toMatch(
      /^InvalidPayload/
    )
    const { user } = await w.integrationClient.createUser({ tags: { email: 'x'.repeat(500) } })
    expect(await failure(w.integrationClient.updateUser({ id: user.id, tags: { email: 'y'.repeat(501) } }))).toMatch(
      /^InvalidPayload: .*email/
    )
  })

  it('merges tag updates; an empty value removes the tag; filters see the right names', async () => {
    const { user } = await w.integrationClient.createUser({ tags: { email: 'merge@x.io' } })
    await w.botClient.updateUser({ id: user.id, tags: { vip: 'yes' } })
    const { user: afterBot } = await w.botClient.getUser({ id: user.id })
    expect(afterBot.tags).toEqual({ 'support:email': 'merge@x.io', vip: 'yes' })
    expect((await w.integrationClient.getUser({ id: user.id })).user.tags).toEqual({ email: 'merge@x.io' }) // only its own tags
    expect((await w.integrationClient.listUsers({ tags: { email: 'merge@x.io' } })).users.map((u) => u.id)).toEqual([
      user.id,
    ])
    expect((await w.botClient.listUsers({ tags: { 'support:email': 'merge@x.io' } })).users.map((u) => u.id)).toEqual([
      user.id,
    ])
    await w.integrationClient.updateUser({ id: user.id, tags: { email: '' } })
    expect((await w.botClient.getUser({ id: user.id })).user.tags).toEqual({ vip: 'yes' })
  })
})

describe('conversations and participants', () => {
  const w = useWorld()

  it('creates on a declared channel only, and reads, updates (merge/remove), deletes', async () => {
    expect(await failure(w.integrationClient.createConversation({ channel: 'nope', tags: {} }))).toMatch(
      /^InvalidPayload: .*"nope"/
    )
    expect(
      await failure(w.integrationClient.createConversation({ channel: 'desk', tags: { priority: 'high' } }))
    ).toMatch(/"priority"/)
    const { conversation } = await w.integrationClient.createConversation({
      channel: 'desk',
      tags: { ticketId: 'C-1', status: 'open' },
    })
    expect(conversation).toMatchObject({
      channel: 'desk',
      integration: 'support',
      tags: { ticketId: 'C-1', status: 'open' },
    })
    expect(conversation.id).toMatch(/^conv_[0-9A-Z]{26}$/)
    const { conversation: updated } = await w.integrationClient.updateConversation({
      id: conversation.id,
      tags: { status: '' },
    })
    expect(updated.tags).toEqual({ ticketId: 'C-1' })
    expect((await w.botClient.getConversation({ id: conversation.id })).conversation.tags).toEqual({
      'support:ticketId': 'C-1',
    })
    await w.botClient.deleteConversation({ id: conversation.id })
    expect(await failure(w.integrationClient.getConversation({ id: conversation.id }))).toMatch(/^ResourceNotFound/)
  })

  it('getOrCreateConversation discriminates by tags', async () => {
    const a = await w.integrationClient.getOrCreateConversation({
      channel: 'desk',
      tags: { ticketId: 'G-1', status: 'open' },
      discriminateByTags: ['ticketId'],
    })
    const b = await w.integrationClient.getOrCreateConversation({
      channel: 'desk',
      tags: { ticketId: 'G-1', status: 'closed' },
      discriminateByTags: ['ticketId'],
    })
    const c = await w.integrationClient.getOrCreateConversation({
      channel: 'desk',
      tags: { ticketId: 'G-2' },
      discriminateByTags: ['ticketId'],
    })
    expect(b.conversation.id).toBe(a.conversation.id)
    expect(c.conversation.id).not.toBe(a.conversation.id)
  })

  it('lists newest first, in pages with nextToken, filtered by tags (all must match), integration and participants', async () => {
    const ids: string[] = []
    for (let i = 0; i < 45; i++) {
      const { conversation } = await w.integrationClient.createConversation({
        channel: 'desk',
        tags: { ticketId: `P-${i}`, status: i % 2 ? 'odd' : 'even' },
      })
      ids.push(conversation.id)
    }
    const first = await w.integrationClient.listConversations({ tags: { status: 'odd' } })
    expect(first.conversations).toHaveLength(20)
    expect(first.meta.nextToken).toBeTruthy()
    const all = await w.integrationClient.list.conversations({ tags: { status: 'odd' } }).collect()
    expect(all.map((c) => c.id)).toEqual(ids.filter((_, i) => i % 2).reverse())
    const both = await w.botClient.listConversations({ tags: { 'support:status': 'even', 'support:ticketId': 'P-4' } })
    expect(both.conversations.map((c) => c.id)).toEqual([ids[4]])
    expect((await w.botClient.listConversations({ integrationName: 'chat' })).conversations).toEqual([])
    expect(await failure(w.integrationClient.listConversations({ tags: { undeclared: 'x' } }))).toMatch(
      /^InvalidPayload: .*"undeclared"/
    )

    const { user } = await w.integrationClient.createUser({ tags: {} })
    await w.integrationClient.addParticipant({ id: ids[7]!, userId: user.id })
    await w.integrationClient.createMessage({
      conversationId: ids[9]!,
      userId: user.id,
      type: 'text',
      payload: { text: 'x' },
      tags: {},
    })
    const withUser = await w.integrationClient.listConversations({ participantIds: [user.id] })
    expect(withUser.conversations.map((c) => c.id)).toEqual([ids[9], ids[7]])
  })

  it('adds, lists, gets and removes participants', async () => {
    const { conversation } = await w.integrationClient.createConversation({ channel: 'desk', tags: {} })
    const { user: u1 } = await w.integrationClient.createUser({ tags: {}, name: 'One' })
    const { user: u2 } = await w.integrationClient.createUser({ tags: {}, name: 'Two' })
    expect((await w.integrationClient.addParticipant({ id: conversation.id, userId: u1.id })).participant.id).toBe(
      u1.id
    )
    await w.integrationClient.addParticipant({ id: conversation.id, userId: u2.id })
    expect(
      (await w.botClient.listParticipants({ id: conversation.id })).participants.map((p) => p.name).sort()
    ).toEqual(['One', 'Two'])
    expect((await w.botClient.getParticipant({ id: conversation.id, userId: u2.id })).participant.name).toBe('Two')
    await w.integrationClient.removeParticipant({ id: conversation.id, userId: u2.id })
    expect(await failure(w.botClient.getParticipant({ id: conversation.id, userId: u2.id }))).toMatch(
      /^ResourceNotFound/
    )
    expect((await w.botClient.listUsers({ conversationId: conversation.id })).users.map((u) => u.id)).toEqual([u1.id])
  })

  it('lists tag values', async () => {
    await w.integrationClient.createConversation({ channel: 'desk', tags: { status: 'tv-a' } })
    await w.integrationClient.createConversation({ channel: 'desk', tags: { status: 'tv-b' } })
    const { tags } = await w.integrationClient.listTagValues({ key: 'status', type: 'conversation' })
    expect(tags.map((t) => t.value)).toEqual(expect.arrayContaining(['tv-a', 'tv-b']))
  })
})
