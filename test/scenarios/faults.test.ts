import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runLoad } from '../../bench/load-run'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'

/**
 * One request or delivery in five fails (seeded): throttled or refused before any effect (10%),
 * connection cut before processing (5%), or after the write happened (5%, the caller cannot know).
 */
const faults = { errorRate: 0.1, dropBeforeRate: 0.05, dropAfterRate: 0.05 }

let bp: OfflineBotpress
const failedBotDeliveries: unknown[] = []
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 20, faults })
  // The bot must never fail what it is given: Botpress would not give it again.
  bp.standin.events.on('delivery-failed', (e) => e.target === 'bot' && failedBotDeliveries.push(e))
})
afterAll(async () => bp?.close())

describe('20% injected faults', () => {
  it('lose and duplicate nothing, in either direction, and keep each session in order', async () => {
    const result = await runLoad(bp, { sessions: 16, messagesPerSession: 20, agents: 4 })
    expect(result.messages).toBe(320)
    expect({ lost: result.lost, duplicated: result.duplicated, outOfOrderSessions: result.outOfOrderSessions }).toEqual(
      {
        lost: 0,
        duplicated: 0,
        outOfOrderSessions: 0,
      }
    )
    expect(failedBotDeliveries).toEqual([])
    // The faults did happen: a quiet run writes each session's 22 bot messages (handoff text, agent joined,
    // 10 relays each way) with exactly one call each; here retries made more.
    expect(bp.standin.stats.calls({ botId: bp.botId, by: 'bot', operation: 'getOrCreateMessage' })).toBeGreaterThan(
      16 * 22
    )
  }, 180_000)
})
