import type { DeskChange } from './change-feed'
import type { Desk, DeskActionName } from './desk'

const READS: DeskActionName[] = ['listSessions', 'getSession']

/**
 * Every open tab re-reads the queue when something changes: the tabs that ask for the same read at the
 * same moment share one call to Botpress, so the desk's cost follows the changes, not the number of tabs.
 * A read is shared while no change touched it and for at most `maxAgeMs`; writes go straight through.
 */
export const sharedReads = (desk: Desk, maxAgeMs = 1000) => {
  const entries = new Map<string, { at: number; conversationId?: string; result: Promise<unknown> }>()
  const shared: Desk = (action, input) => {
    if (!READS.includes(action)) return desk(action, input)
    const key = `${action}:${JSON.stringify(input)}`
    const now = Date.now()
    const found = entries.get(key)
    if (found && now - found.at < maxAgeMs) return found.result as ReturnType<typeof desk<typeof action>>
    const result = desk(action, input)
    const conversationId = (input as { conversationId?: string }).conversationId
    entries.set(key, { at: now, conversationId, result })
    // A failed read is not kept: the next tab asks again.
    result.catch(() => {
      if (entries.get(key)?.result === result) entries.delete(key)
    })
    return result
  }
  /** A change to one session drops its reads and every queue read; a change without an id drops all. */
  const forget = (change: DeskChange) => {
    for (const [key, entry] of entries)
      if (!change.conversationId || !entry.conversationId || entry.conversationId === change.conversationId)
        entries.delete(key)
  }
  return { desk: shared, forget }
}
