import type { z } from '@botpress/sdk'
import { slaConfigSchema, type slaClockSchema, type slaReportSchema } from '../definitions/sla'
import { queueOrder } from './rules'
import type { Session } from './session'

export type SlaConfig = z.infer<typeof slaConfigSchema>
export type SlaClock = z.infer<typeof slaClockSchema>
export type SlaReport = z.infer<typeof slaReportSchema>

const MINUTE = 60_000

/**
 * One target: started at `from`, done at `doneAt` (if done), or stopped at `stoppedAt` (closed without it being
 * done: the clock no longer runs). Pure, so the queue can evaluate every session on every refresh for free.
 */
export const slaClock = (
  from: number,
  targetMinutes: number,
  warningPercent: number,
  now: number,
  doneAt?: number,
  stoppedAt?: number
): SlaClock => {
  const targetMs = targetMinutes * MINUTE
  const dueAt = from + targetMs
  const end = doneAt ?? stoppedAt ?? now
  return {
    targetMinutes,
    dueAt,
    warnAt: dueAt - (targetMs * warningPercent) / 100,
    remainingMs: dueAt - end,
    met: doneAt !== undefined && doneAt <= dueAt,
    breached: end > dueAt,
  }
}

const running = (clock: SlaClock | undefined, done: number | undefined, session: Session) =>
  clock !== undefined && done === undefined && session.status !== 'closed'

/** The session's service levels, as a function of its tags, the configuration and the time: no I/O. */
export const evaluateSla = (session: Session, config: SlaConfig | undefined, now: number): SlaReport | undefined => {
  const target = config?.[session.priority]
  if (!target || (target.firstResponseMinutes === undefined && target.resolutionMinutes === undefined)) return undefined
  const warning = config?.warningPercent ?? 20
  const stopped = session.status === 'closed' ? session.closedAt : undefined
  const firstResponse =
    target.firstResponseMinutes === undefined
      ? undefined
      : slaClock(session.createdAt, target.firstResponseMinutes, warning, now, session.firstResponseAt, stopped)
  const resolution =
    target.resolutionMinutes === undefined
      ? undefined
      : slaClock(session.createdAt, target.resolutionMinutes, warning, now, session.closedAt)
  const clocks = [firstResponse, resolution].filter((c) => c !== undefined)
  const atRisk =
    (running(firstResponse, session.firstResponseAt, session) && now >= firstResponse!.warnAt) ||
    (running(resolution, session.closedAt, session) && now >= resolution!.warnAt)
  const state = clocks.some((c) => c.breached)
    ? 'breached'
    : atRisk
      ? 'atRisk'
      : clocks.every((c) => c.met)
        ? 'met'
        : 'onTrack'
  return { state, ...(firstResponse ? { firstResponse } : {}), ...(resolution ? { resolution } : {}) }
}

const urgency = { breached: 0, atRisk: 1, onTrack: 2, met: 2 } as const

/** The earliest due time among the targets not met: the one to act on first. */
const nextDue = (report: SlaReport | undefined) => {
  const first = report?.firstResponse && !report.firstResponse.met ? report.firstResponse.dueAt : Infinity
  const resolution = report?.resolution && !report.resolution.met ? report.resolution.dueAt : Infinity
  return Math.min(first, resolution)
}

/**
 * The queue's order with service levels: within pending, breached then about to breach come first (earliest due
 * first), then the usual order (priority, then longest wait). `reports` holds each session's evaluation.
 */
export const slaQueueOrder = (reports: Map<string, SlaReport | undefined>) => {
  // Each session's rank is worked out once, not at each of the sort's comparisons.
  const ranks = new Map(
    [...reports].map(([id, r]) => [id, { urgency: r ? urgency[r.state] : 2, due: nextDue(r) }] as const)
  )
  const none = { urgency: 2, due: Infinity }
  return (a: Session, b: Session): number => {
    if (a.status === 'pending' && b.status === 'pending') {
      const ra = ranks.get(a.id) ?? none
      const rb = ranks.get(b.id) ?? none
      if (ra.urgency !== rb.urgency) return ra.urgency - rb.urgency
      if (ra.urgency < 2 && ra.due !== rb.due) return ra.due - rb.due
    }
    return queueOrder(a, b)
  }
}

/**
 * The configuration as Botpress hands it over (not parsed by the SDK): Botpress checks it when saved, so a value
 * that still does not parse means no service levels rather than a failing queue.
 */
export const slaConfigOf = (configuration: { sla?: unknown } | undefined): SlaConfig | undefined => {
  const parsed = slaConfigSchema.safeParse(configuration?.sla ?? {})
  return parsed.success ? parsed.data : undefined
}
