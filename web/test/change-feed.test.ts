import { RateLimitedError } from '@botpress/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChangeFeed, type FeedEvent } from '../server/change-feed'

/**
 * The desk's cursor over Botpress, against a fake listConversations (newest `updatedAt` first, pages of 2):
 * what each poll announces, what it costs, and what the tabs hear when Botpress fails.
 */
type Conversation = { id: string; updatedAt: string }

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString()

const fakeBotpress = () => {
  const conversations = new Map<string, Conversation>()
  const state = { calls: 0, fail: undefined as unknown, filters: [] as unknown[] }
  const client = {
    listConversations: async (input: { nextToken?: string; integrationName?: string }) => {
      state.calls++
      state.filters.push(input.integrationName)
      if (state.fail) throw state.fail
      const sorted = [...conversations.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      const start = Number(input.nextToken ?? 0)
      const page = sorted.slice(start, start + 2)
      return {
        conversations: page,
        meta: start + 2 < sorted.length ? { nextToken: String(start + 2) } : {},
      }
    },
  }
  const touch = (id: string, second: number) => conversations.set(id, { id, updatedAt: at(second) })
  return { client, state, touch }
}

const feeds: ChangeFeed[] = []
afterEach(() => {
  for (const feed of feeds.splice(0)) feed.close()
})

/** A feed polled by hand: `poll()` runs one read and resolves with what the tabs heard. */
const feedOn = (botpress: ReturnType<typeof fakeBotpress>) => {
  const feed = new ChangeFeed(botpress.client, {
    apiUrl: 'https://api.example',
    botId: 'bot_1',
    alias: 'support',
    pollMs: 60_000,
  })
  feeds.push(feed)
  const heard: FeedEvent[] = []
  feed.subscribe((e) => heard.push(e))
  const poll = async () => {
    const before = heard.length
    await feed.poll()
    return heard.slice(before)
  }
  // The first read, at once on subscribe, places the cursor and has the tabs read once more; the next timed one is a minute away.
  const started = async () => {
    await vi.waitFor(() => expect(botpress.state.calls).toBeGreaterThan(0))
    await feed.poll()
    expect(heard).toEqual([{ type: 'change', change: { reason: 'resync' } }])
    heard.length = 0
  }
  return { feed, poll, started }
}

const changedIds = (events: FeedEvent[]) =>
  events.flatMap((e) => (e.type === 'change' && e.change.conversationId ? [e.change.conversationId] : []))

describe('the change cursor', () => {
  it('has the tabs read again once the first read places it: a session that changed after their first list is not missed', async () => {
    const botpress = fakeBotpress()
    botpress.touch('conv_a', 1)
    const { poll, started } = feedOn(botpress)
    // A tab subscribed and listed the queue; then a session becomes pending, before the feed's first read.
    botpress.touch('conv_new', 2)
    await started()
    // Later changes are announced one by one, from the cursor placed at conv_new.
    botpress.touch('conv_a', 3)
    expect(changedIds(await poll())).toEqual(['conv_a'])
  })

  it('announces each conversation updated since the last read, once, with one call when nothing changed', async () => {
    const botpress = fakeBotpress()
    botpress.touch('conv_a', 1)
    botpress.touch('conv_b', 2)
    const { poll, started } = feedOn(botpress)
    await started()
    botpress.state.calls = 0
    expect(await poll()).toEqual([])
    expect(botpress.state.calls).toBe(1)
    botpress.touch('conv_a', 3)
    expect(changedIds(await poll())).toEqual(['conv_a'])
    expect(changedIds(await poll())).toEqual([])
    expect(botpress.state.filters.every((f) => f === 'support')).toBe(true)
  })

  it('a conversation updated in the same millisecond as the cursor is not missed', async () => {
    const botpress = fakeBotpress()
    botpress.touch('conv_a', 5)
    const { poll, started } = feedOn(botpress)
    await started()
    botpress.touch('conv_b', 5)
    expect(changedIds(await poll())).toEqual(['conv_b'])
    expect(changedIds(await poll())).toEqual([])
  })

  it('reads further pages while every item is new, and past 5 pages tells the tabs to re-read everything', async () => {
    const botpress = fakeBotpress()
    botpress.touch('conv_old', 1)
    const { poll, started } = feedOn(botpress)
    await started()
    for (let i = 0; i < 5; i++) botpress.touch(`conv_${i}`, 10 + i)
    expect(changedIds(await poll()).sort()).toEqual(['conv_0', 'conv_1', 'conv_2', 'conv_3', 'conv_4'])
    for (let i = 0; i < 12; i++) botpress.touch(`conv_many_${i}`, 100 + i)
    const flood = await poll()
    expect(flood).toEqual([{ type: 'change', change: { reason: 'resync' } }])
  })

  it('a failing Botpress becomes one problem sentence for the tabs, cleared with a full refresh once it answers', async () => {
    const botpress = fakeBotpress()
    botpress.touch('conv_a', 1)
    const { poll, feed, started } = feedOn(botpress)
    await started()
    botpress.state.fail = new RateLimitedError('Too many requests')
    const failing = await poll()
    expect(failing).toHaveLength(1)
    expect(failing[0]).toMatchObject({ type: 'problem', problem: { kind: 'rate-limited' } })
    expect(feed.problem?.sentence).toMatch(/429/)
    expect(await poll()).toEqual([]) // the same problem is not announced twice
    botpress.state.fail = undefined
    expect(await poll()).toEqual([
      { type: 'problem', problem: undefined },
      { type: 'change', change: { reason: 'resync' } },
    ])
  })

  it('reads nothing while no tab listens', async () => {
    const botpress = fakeBotpress()
    const feed = new ChangeFeed(botpress.client, { apiUrl: 'x', botId: 'b', alias: 'hitl', pollMs: 10 })
    feeds.push(feed)
    const unsubscribe = feed.subscribe(() => {})
    await vi.waitFor(() => expect(botpress.state.calls).toBeGreaterThan(1))
    unsubscribe()
    const calls = botpress.state.calls
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(botpress.state.calls).toBe(calls)
  })
})

describe('the sweep of abandoned sessions', () => {
  it('runs with the first read, then at most once a minute; every fifteen minutes while it is switched off', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const botpress = fakeBotpress()
      const sweeps: number[] = []
      let enabled = true
      const feed = new ChangeFeed(botpress.client, {
        apiUrl: 'https://api.example',
        botId: 'bot_1',
        alias: 'support',
        pollMs: 60_000,
        sweep: async () => {
          sweeps.push(Date.now())
          return { enabled }
        },
      })
      feeds.push(feed)
      feed.subscribe(() => {})
      await vi.waitFor(() => expect(sweeps).toHaveLength(1))
      const start = Date.now()
      const pollAt = async (ms: number) => {
        vi.setSystemTime(start + ms)
        await feed.poll()
        await Promise.resolve()
      }
      await pollAt(30_000)
      expect(sweeps).toHaveLength(1)
      await pollAt(61_000)
      expect(sweeps).toHaveLength(2)
      enabled = false
      await pollAt(122_000)
      await vi.waitFor(() => expect(sweeps).toHaveLength(3))
      await pollAt(300_000)
      expect(sweeps).toHaveLength(3)
      await pollAt(122_000 + 15 * 60_000)
      expect(sweeps).toHaveLength(4)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('the offer of pending sessions (auto-assignment)', () => {
  const offeringFeed = (answers: (() => { enabled: boolean; waiting: number })[]) => {
    const botpress = fakeBotpress()
    const offers: { at: number; finishInterrupted: boolean }[] = []
    const feed = new ChangeFeed(botpress.client, {
      apiUrl: 'https://api.example',
      botId: 'bot_1',
      alias: 'support',
      pollMs: 60_000,
      offer: async ({ finishInterrupted }) => {
        offers.push({ at: Date.now(), finishInterrupted })
        const answer = answers.shift()
        if (!answer) throw new Error('no answer left')
        return answer()
      },
    })
    feeds.push(feed)
    feed.subscribe(() => {})
    /** The first read, at once on subscribe, and its offer, finished. */
    const started = async () => {
      await vi.waitFor(() => expect(offers).toHaveLength(1))
      await feed.poll()
    }
    return { botpress, feed, offers, started }
  }

  it('asks with the first read, after a read that saw a change, and again while sessions were too new', async () => {
    const on = () => ({ enabled: true, waiting: 0 })
    const { botpress, feed, offers, started } = offeringFeed([on, () => ({ enabled: true, waiting: 1 }), on])
    await started()
    await feed.poll()
    expect(offers).toHaveLength(1)
    // A new session: offered at once, but too new; the next read asks again though nothing changed, then stops.
    botpress.touch('conv_new', 5)
    await feed.poll()
    expect(offers).toHaveLength(2)
    await feed.poll()
    expect(offers).toHaveLength(3)
    await feed.poll()
    expect(offers).toHaveLength(3)
    expect(offers.every((o) => !o.finishInterrupted)).toBe(true)
  })

  it('after a failed offer asks again, finishing interrupted takes first; while switched off, every fifteen minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const start = Date.now()
      const failed = () => {
        throw new Error('the integration died')
      }
      const off = () => ({ enabled: false, waiting: 0 })
      const { botpress, feed, offers, started } = offeringFeed([failed, off, off])
      await started()
      await feed.poll()
      expect(offers).toHaveLength(1)
      vi.setSystemTime(start + 2_500)
      await feed.poll()
      expect(offers.map((o) => o.finishInterrupted)).toEqual([false, true])
      // Off: changes do not ask again until fifteen minutes have passed.
      botpress.touch('conv_a', 1)
      vi.setSystemTime(start + 10 * 60_000)
      await feed.poll()
      expect(offers).toHaveLength(2)
      botpress.touch('conv_a', 2)
      vi.setSystemTime(start + 3_000 + 15 * 60_000)
      await feed.poll()
      expect(offers).toHaveLength(3)
    } finally {
      vi.useRealTimers()
    }
  })
})
