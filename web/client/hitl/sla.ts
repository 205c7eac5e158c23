import type { SessionList, SessionSummary } from './desk-api'

type Report = NonNullable<SessionSummary['sla']>
type Clock = NonNullable<Report['firstResponse']>
export type LiveSla = { kind: 'firstResponse' | 'resolution'; clock: Clock; state: 'onTrack' | 'atRisk' | 'breached' }

/** The targets still running (not met, session open), read against the tab's clock so the badge counts down. */
const runningClocks = (s: SessionSummary): LiveSla['kind'][] =>
  s.status === 'closed'
    ? []
    : [
        ...(s.sla?.firstResponse && s.firstResponseAt === undefined ? (['firstResponse'] as const) : []),
        ...(s.sla?.resolution ? (['resolution'] as const) : []),
      ]

/** The running target due first, and where it stands now: the one the agent must act on. */
export const liveSla = (s: SessionSummary, now: number): LiveSla | undefined => {
  const next = runningClocks(s)
    .map((kind) => ({ kind, clock: s.sla![kind]! }))
    .sort((a, b) => a.clock.dueAt - b.clock.dueAt)[0]
  if (!next) return undefined
  const state = now > next.clock.dueAt ? 'breached' : now >= next.clock.warnAt ? 'atRisk' : 'onTrack'
  return { ...next, state }
}

/**
 * When a listed session next crosses into "about to breach" or "breached": the queue is read again then, so
 * the server's order (those sessions first) shows without waiting for another change.
 */
export const nextSlaBoundary = (list: SessionList | undefined, now: number): number | undefined => {
  const times = (list?.sessions ?? []).flatMap((s) =>
    runningClocks(s).flatMap((kind) => [s.sla![kind]!.warnAt, s.sla![kind]!.dueAt + 1])
  )
  const future = times.filter((t) => t > now)
  return future.length ? Math.min(...future) : undefined
}
