import { ClockIcon } from '../shared/icons'
import { clockTime, duration } from '../shared/time'
import type { SessionSummary } from './desk-api'
import { liveSla } from './sla'

const what = { firstResponse: 'Reply', resolution: 'Resolve' } as const
const target = { firstResponse: 'First-response target', resolution: 'Resolution target' } as const

/**
 * The service level to act on, in words and with an icon (never colour alone): "Reply in 4m 10s",
 * "Reply due in 45s" when about to breach, "Reply overdue 1m 05s" once breached.
 */
export const SlaBadge = ({ session, now }: { session: SessionSummary; now: number }) => {
  const live = liveSla(session, now)
  if (!live) {
    if (session.sla?.state !== 'breached') return null
    return (
      <span class="badge sla sla-breached" data-testid="sla-badge" data-sla-state="breached">
        <span aria-hidden="true">!</span> SLA missed
      </span>
    )
  }
  const left = live.clock.dueAt - now
  const text =
    live.state === 'breached'
      ? `${what[live.kind]} overdue ${duration(-left)}`
      : live.state === 'atRisk'
        ? `${what[live.kind]} due in ${duration(left)}`
        : `${what[live.kind]} in ${duration(left)}`
  return (
    <span
      class={`badge sla sla-${live.state}`}
      data-testid="sla-badge"
      data-sla-state={live.state}
      title={`${target[live.kind]}: ${live.clock.targetMinutes} min, due at ${clockTime(live.clock.dueAt)}`}
    >
      {live.state === 'breached' ? <span aria-hidden="true">!</span> : <ClockIcon />}
      {text}
    </span>
  )
}
