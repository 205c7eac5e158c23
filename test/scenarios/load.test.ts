import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runLoad } from '../../bench/load-run'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'

let bp: OfflineBotpress
beforeAll(async () => {
  bp = await startOfflineBotpress({ seed: 21 })
})
afterAll(async () => bp?.close())

describe('200 sessions at once', () => {
  it('relay 20 messages each (10 each way) with nothing lost, duplicated or reordered', async () => {
    const result = await runLoad(bp, { sessions: 200, messagesPerSession: 20 })
    expect(result.sessions).toBe(200)
    expect(result.messages).toBe(4000)
    expect({ lost: result.lost, duplicated: result.duplicated, outOfOrderSessions: result.outOfOrderSessions }).toEqual(
      {
        lost: 0,
        duplicated: 0,
        outOfOrderSessions: 0,
      }
    )
    const { counts } = await bp.desk
      .callAction({ type: `${bp.alias}:listSessions`, input: { status: 'all' } })
      .then((r) => r.output as { counts: Record<string, number> })
    expect(counts.assigned).toBe(200)
  }, 240_000)
})
