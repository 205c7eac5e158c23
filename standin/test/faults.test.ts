// Fault injection: latency, 429/503 before any side effect, connections dropped before or after
// processing, faulty deliveries. Seeded, so every run injects the same faults.
import { isApiError } from '@botpress/client'
import { afterEach, describe, expect, it } from 'vitest'
import { type World, startWorld } from './helpers/world'

describe('faults', () => {
  let w: World
  afterEach(async () => {
    expect(w.standin.schemaViolations()).toEqual([])
    await w.close()
  })

  it('holds the next request of one operation until released, letting the others pass', async () => {
    w = await startWorld()
    const held = w.standin.pauseNext('createUser', { by: 'bot' })
    const first = w.botClient.createUser({ tags: { n: 'held' } })
    await held.reached
    await w.botClient.createUser({ tags: { n: 'free' } })
    const named = async (n: string) => (await w.botClient.listUsers({ tags: { n } })).users.length
    expect([await named('held'), await named('free')]).toEqual([0, 1])
    held.release()
    await first
    expect(await named('held')).toBe(1)
  })

  it('answers the next N integration requests 503 (an outage), then serves them again', async () => {
    w = await startWorld()
    w.standin.faults.set({ integrationOutageRequests: 2 })
    // A POST: the SDK's retry policy leaves a 503 on it to the caller.
    const outage = (err: unknown) => isApiError(err) && /injected integration outage/.test(err.message)
    expect(await w.integrationClient.createUser({ tags: {} }).catch(outage)).toBe(true)
    expect((await w.botClient.createUser({ tags: {} })).user.id).toBeDefined() // bots are not affected
    expect(await w.integrationClient.createUser({ tags: {} }).catch(outage)).toBe(true)
    expect((await w.integrationClient.createUser({ tags: {} })).user.id).toBeDefined()
  })

  it('adds latency to API requests', async () => {
    w = await startWorld()
    w.standin.faults.set({ latencyMs: 40 })
    const started = performance.now()
    await w.botClient.listUsers({})
    expect(performance.now() - started).toBeGreaterThanOrEqual(38)
  })

  it('answers some requests 429/503 before any side effect; the SDK retry policy recovers', async () => {
    w = await startWorld({ seed: 7 })
    w.standin.faults.set({ errorRate: 0.2, errorStatuses: [429] })
    w.standin.stats.reset()
    for (let i = 0; i < 10; i++) await w.botClient.createUser({ tags: { n: String(i) } })
    w.standin.faults.set({ errorStatuses: [503] })
    for (let i = 0; i < 10; i++) await w.botClient.listUsers({ tags: { n: String(i) } }) // GET: 503 is retried
    expect(w.standin.stats.calls({ operation: 'createUser' })).toBeGreaterThan(10)
    expect(w.standin.stats.calls({ operation: 'listUsers' })).toBeGreaterThan(10)
    w.standin.faults.reset()
    expect((await w.botClient.listUsers({})).users.length).toBe(11) // no duplicates: the refused requests wrote nothing (+ the bot user)
  })

  it('surfaces a 503 on a POST, as the SDK retry policy does not retry it', async () => {
    w = await startWorld()
    w.standin.faults.set({ errorRate: 1, errorStatuses: [503] })
    const err = await w.botClient.createUser({ tags: {} }).catch((e) => e)
    expect(isApiError(err) && err.type).toBe('Internal') // the client types a 503 body by its type
    expect(err.message).toMatch(/503/)
  })

  it('drops connections before processing: retried without duplicates', async () => {
    w = await startWorld({ seed: 3 })
    w.standin.faults.set({ dropBeforeRate: 0.3 })
    for (let i = 0; i < 10; i++) await w.botClient.createUser({ tags: { n: String(i) } })
    w.standin.faults.reset()
    expect(w.standin.stats.calls({ operation: 'createUser' })).toBeGreaterThan(10)
    expect((await w.botClient.listUsers({})).users.length).toBe(11)
  })

  it('drops connections after processing: the write happened although the client saw a network error', async () => {
    w = await startWorld({ seed: 3 })
    w.standin.faults.set({ dropAfterRate: 0.3 })
    for (let i = 0; i < 10; i++) await w.botClient.createUser({ tags: { n: String(i) } })
    for (let i = 0; i < 10; i++)
      await w.botClient.getOrCreateUser({ tags: { key: String(i) }, discriminateByTags: ['key'] })
    w.standin.faults.reset()
    const users = await w.botClient.list.users({}).collect()
    const plain = users.filter((u) => u.tags.n !== undefined).length
    const keyed = users.filter((u) => u.tags.key !== undefined).length
    expect(plain).toBeGreaterThan(10) // retried creates duplicated
    expect(keyed).toBe(10) // getOrCreate is the idempotent way
  })

  it('never applies faults to the chat channel or to admin functions', async () => {
    w = await startWorld()
    w.standin.faults.set({ errorRate: 1 })
    const { botId } = await w.standin.createBot({ integrations: [] })
    const { conversationId } = w.standin.chat.open(botId)
    w.standin.chat.send(botId, conversationId, { type: 'text', payload: { text: 'hi' } })
    const res = await fetch(`${w.standin.url}/chat/${botId}/conversations/${conversationId}/messages`)
    expect(res.status).toBe(200)
    expect((await res.json()).messages).toHaveLength(1)
    w.standin.faults.reset()
  })

  it('retries faulty deliveries until they get through, in order', async () => {
    w = await startWorld({ seed: 2, delivery: { baseDelayMs: 1, maxAttempts: 10 } })
    w.standin.faults.set({ deliveryFailureRate: 0.4 })
    const { conversationId } = w.standin.chat.open(w.botId)
    for (let i = 0; i < 5; i++)
      w.standin.chat.send(w.botId, conversationId, { type: 'text', payload: { text: `echo ${i}` } })
    await w.standin.idle()
    w.standin.faults.reset()
    const messages = w.standin.chat.messages(w.botId, conversationId)
    const replies = messages.filter((m) => m.direction === 'outgoing').map((m) => m.payload.text)
    // at least once: a failure injected after sending made some arrive twice, never out of order
    expect([...new Set(replies)]).toEqual(['You said: 0', 'You said: 1', 'You said: 2', 'You said: 3', 'You said: 4'])
    expect(replies).toEqual([...replies].sort())
    expect(w.echo.received.filter((r) => r.conversationId === conversationId).length).toBeGreaterThan(5) // this seed redelivers some
  })
})
