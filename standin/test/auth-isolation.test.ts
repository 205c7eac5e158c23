// Authentication, roles and bot isolation; real error bodies that @botpress/client types.
import { Client, ForbiddenError, ResourceNotFoundError, UnauthorizedError, isApiError } from '@botpress/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type World, startWorld } from './helpers/world'

describe('auth, roles and bot isolation', () => {
  let w: World
  let otherBot: { botId: string; token: string }
  beforeAll(async () => {
    w = await startWorld()
    otherBot = await w.standin.createBot({ name: 'other', integrations: [] })
  })
  afterAll(async () => {
    expect(w.standin.schemaViolations()).toEqual([])
    await w.close()
  })

  const client = (props: ConstructorParameters<typeof Client>[0]) => new Client({ apiUrl: w.standin.url, ...props })

  it('answers with the real error body ({ id, code, type, message })', async () => {
    const res = await fetch(`${w.standin.url}/v1/chat/users/user_01J00000000000000000000000`, {
      headers: { authorization: `Bearer ${w.standin.workspaceToken}`, 'x-bot-id': w.botId },
    })
    expect(res.status).toBe(404)
    const body = await res.json()
    expect(body).toEqual({
      id: expect.stringMatching(/^err_/),
      code: 404,
      type: 'ResourceNotFound',
      message: expect.stringContaining('user_01J'),
    })
  })

  it('refuses a missing or unknown token (401)', async () => {
    await expect(
      client({ botId: w.botId, token: undefined as any, headers: { authorization: '' } }).listUsers({})
    ).rejects.toBeInstanceOf(UnauthorizedError)
    await expect(client({ botId: w.botId, token: 'bp_pat_forged' }).listUsers({})).rejects.toBeInstanceOf(
      UnauthorizedError
    )
  })

  it('keeps a bot token to its bot and out of integration roles (403)', async () => {
    await expect(
      client({ botId: otherBot.botId, token: (w.botClient as any).config.headers.Authorization.slice(7) }).listUsers({})
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      client({ botId: otherBot.botId, token: otherBot.token, integrationId: w.integrationId }).listUsers({})
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('requires an integration token to come with its x-integration-id, in a bot where it is installed (403)', async () => {
    const integrationToken = (w.integrationClient as any).config.headers.Authorization.slice(7)
    await expect(client({ botId: w.botId, token: integrationToken }).listUsers({})).rejects.toBeInstanceOf(
      ForbiddenError
    )
    await expect(
      client({ botId: otherBot.botId, token: integrationToken, integrationId: w.integrationId }).listUsers({})
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      client({ botId: otherBot.botId, token: w.standin.workspaceToken, integrationId: w.integrationId }).listUsers({})
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('lets only bots call actions', async () => {
    await expect(w.integrationClient.callAction({ type: 'support:ping', input: { x: 1 } })).rejects.toBeInstanceOf(
      ForbiddenError
    )
  })

  it('hides every record of one bot from another bot (404), even with the workspace token', async () => {
    const { conversation } = await w.botClient.createConversation({
      channel: 'desk',
      tags: { 'support:ticketId': 'secret' },
      integrationName: 'support',
    })
    const { user } = await w.botClient.createUser({ tags: {} })
    const { message } = await w.botClient.createMessage({
      conversationId: conversation.id,
      userId: user.id,
      type: 'text',
      payload: { text: 'x' },
      tags: {},
    })
    await w.botClient.setState({ type: 'user', id: user.id, name: 's', payload: { a: 1 } })
    const other = client({ botId: otherBot.botId, token: w.standin.workspaceToken })
    await expect(other.getConversation({ id: conversation.id })).rejects.toBeInstanceOf(ResourceNotFoundError)
    await expect(other.getUser({ id: user.id })).rejects.toBeInstanceOf(ResourceNotFoundError)
    await expect(other.getMessage({ id: message.id })).rejects.toBeInstanceOf(ResourceNotFoundError)
    await expect(other.getState({ type: 'user', id: user.id, name: 's' })).rejects.toBeInstanceOf(ResourceNotFoundError)
    await expect(
      other.createMessage({
        conversationId: conversation.id,
        userId: otherBot.botId,
        type: 'text',
        payload: { text: 'x' },
        tags: {},
      })
    ).rejects.toBeInstanceOf(ResourceNotFoundError)
    expect((await other.listConversations({})).conversations).toEqual([])
    expect((await other.listMessages({})).messages).toEqual([])
    expect((await other.listUsers({})).users.map((u) => u.id)).toEqual([otherBot.botId]) // only its own bot user
  })

  it('refuses an unknown bot (404) and a malformed body (400)', async () => {
    await expect(
      client({ botId: '00000000-0000-4000-8000-000000000000', token: w.standin.workspaceToken }).listUsers({})
    ).rejects.toBeInstanceOf(ResourceNotFoundError)
    // @botpress/client only sends known fields, so send a raw request
    const post = (body: string) =>
      fetch(`${w.standin.url}/v1/chat/users`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${w.standin.workspaceToken}`,
          'x-bot-id': w.botId,
          'content-type': 'application/json',
        },
        body,
      }).then(async (r) => ({ status: r.status, body: await r.json() }))
    const typo = await post(JSON.stringify({ tags: {}, nme: 'typo' }))
    expect(typo).toMatchObject({
      status: 400,
      body: { type: 'InvalidPayload', message: expect.stringContaining('nme') },
    })
    expect((await post('{not json')).body.type).toBe('InvalidPayload')
    expect((await post(JSON.stringify({ name: 'no tags' }))).body.message).toMatch(/tags/)
  })

  it('answers operations outside chat with MethodNotFound', async () => {
    const err = await w.botClient.listTasks({}).catch((e) => e)
    expect(isApiError(err) && err.type).toBe('MethodNotFound')
  })
})
