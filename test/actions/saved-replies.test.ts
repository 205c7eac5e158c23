import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ana, bo, key } from '../support/fixtures'
import { failureOf, refusalOf, startHarness, type Harness } from '../support/hitl-harness'

type Reply = { id: string; title: string; text: string; revision: number; updatedBy: { name: string } }

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const list = async () => (await h.call<{ replies: Reply[] }>('listSavedReplies', {})).replies
const create = async (title: string, text: string, idempotencyKey = key()) =>
  (await h.call<{ reply: Reply }>('createSavedReply', { agent: ana, title, text, idempotencyKey })).reply
describe('saved replies', () => {
  it('are created, listed by title, edited with the revision read, and deleted', async () => {
    const refund = await create('Refund on its way', 'Hi {{endUser.name}}, your refund is on its way. {{agent.name}}')
    const hello = await create('Hello', 'Hello {{ endUser.name }}!')
    expect(refund.revision).toBe(1)
    expect((await list()).map((r) => r.title)).toEqual(['Hello', 'Refund on its way'])

    const { reply: edited } = await h.call<{ reply: Reply }>('updateSavedReply', {
      agent: bo,
      id: hello.id,
      revision: 1,
      title: 'Hello',
      text: 'Hello {{endUser.name}}, Bo here.',
    })
    expect(edited).toMatchObject({
      revision: 2,
      text: 'Hello {{endUser.name}}, Bo here.',
      updatedBy: { name: 'Bo Agent' },
    })

    await h.call('deleteSavedReply', { agent: ana, id: refund.id, revision: 1 })
    expect((await list()).map((r) => r.id)).toEqual([hello.id])
    // Deleting again (a retry, or two agents at once) is done; editing a deleted reply is refused.
    await h.call('deleteSavedReply', { agent: bo, id: refund.id, revision: 1 })
    expect(
      await failureOf(h.call('updateSavedReply', { agent: bo, id: refund.id, revision: 2, title: 'x', text: 'y' }))
    ).toMatch(/no saved reply/)
    await h.call('deleteSavedReply', { agent: ana, id: hello.id, revision: 2 })
  })

  it('twenty agents creating at once: every reply is kept (each write patches its own key)', async () => {
    const before = (await list()).length
    const titles = Array.from({ length: 20 }, (_, i) => `Concurrent ${String(i).padStart(2, '0')}`)
    await Promise.all(titles.map((t) => create(t, `Text of ${t}`)))
    const after = await list()
    expect(after.length).toBe(before + 20)
    expect(after.filter((r) => r.title.startsWith('Concurrent')).map((r) => r.title)).toEqual(titles)
    await Promise.all(after.map((r) => h.call('deleteSavedReply', { agent: ana, id: r.id, revision: r.revision })))
  })

  it('an edit of a revision someone changed since is refused with 409 naming them; their edit stays', async () => {
    const reply = await create('Opening hours', 'We are open 9 to 5.')
    await h.call('updateSavedReply', {
      agent: bo,
      id: reply.id,
      revision: 1,
      title: 'Opening hours',
      text: 'Open 8 to 6.',
    })
    const stale = await refusalOf(h, 'updateSavedReply', {
      agent: ana,
      id: reply.id,
      revision: 1,
      title: 'Hours',
      text: 'Open 10 to 4.',
    })
    expect(stale.status).toBe(409)
    expect(stale.message).toMatch(/Bo Agent changed this saved reply since you read it/)
    expect(stale.metadata).toMatchObject({ conflict: { field: 'revision', holder: { name: 'Bo Agent' } } })
    const stored = (await list()).find((r) => r.id === reply.id)!
    expect(stored).toMatchObject({ title: 'Opening hours', text: 'Open 8 to 6.', revision: 2 })
    // A stale delete is refused the same way.
    expect((await refusalOf(h, 'deleteSavedReply', { agent: ana, id: reply.id, revision: 1 })).status).toBe(409)
    await h.call('deleteSavedReply', { agent: ana, id: reply.id, revision: 2 })
  })

  it('a retried create is kept once; the same key for other words is refused', async () => {
    const idempotencyKey = key()
    const [a, b] = await Promise.all([
      create('Retry', 'Same words', idempotencyKey),
      create('Retry', 'Same words', idempotencyKey),
    ])
    expect(a.id).toBe(b.id)
    expect((await list()).filter((r) => r.title === 'Retry')).toHaveLength(1)
    const other = await refusalOf(h, 'createSavedReply', {
      agent: ana,
      title: 'Retry',
      text: 'Other words',
      idempotencyKey,
    })
    expect(other.status).toBe(409)
    expect(other.message).toMatch(/idempotencyKey/)
    await h.call('deleteSavedReply', { agent: ana, id: a.id, revision: 1 })
  })

  it('bad input is refused naming the field, and nothing is stored', async () => {
    const before = await list()
    const refusals = await Promise.all([
      failureOf(create('x'.repeat(81), 'fine')),
      failureOf(create('Long', 'x'.repeat(1_001))),
      failureOf(create('Typo', 'Hi {{enduser.name}}')),
      failureOf(create('Script', 'Hi {{constructor.constructor}}')),
      failureOf(create('   ', 'blank title')),
      failureOf(
        h.call('updateSavedReply', { agent: ana, id: '__proto__', revision: 1, title: 'Proto', text: 'Proto' })
      ),
    ])
    expect(refusals[0]).toMatch(/title/)
    expect(refusals[1]).toMatch(/text/)
    expect(refusals[2]).toMatch(
      /text: unknown variable \{\{enduser\.name\}\}; use \{\{endUser\.name\}\} or \{\{agent\.name\}\}/
    )
    expect(refusals[3]).toMatch(/unknown variable/)
    expect(refusals[4]).toMatch(/title: must not be blank/)
    expect(refusals[5]).toMatch(/id/)
    expect(await list()).toEqual(before)
  })

  it('at most 100 replies: the next is refused with the bound, until one is deleted', async () => {
    const made: Reply[] = []
    for (let i = 0; i < 100; i += 10)
      made.push(...(await Promise.all(Array.from({ length: 10 }, (_, j) => create(`Bulk ${i + j}`, 'A short reply.')))))
    expect(await failureOf(create('One too many', 'No room.'))).toMatch(/at most 100 saved replies/)
    await h.call('deleteSavedReply', { agent: ana, id: made[0]!.id, revision: 1 })
    await create('Now there is room', 'Yes.')
    expect(await list()).toHaveLength(100)
  })
})
