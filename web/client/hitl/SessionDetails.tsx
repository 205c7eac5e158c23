import type { ComponentChildren } from 'preact'
import { Avatar } from '../shared/Avatar'
import { useNow } from '../shared/hooks'
import { dayAndTime, duration } from '../shared/time'
import { closeReasonText } from './close-reason'
import type { Agent, SessionDetail } from './desk-api'
import { EndUserBadge } from './EndUserBadge'

type Clock = NonNullable<NonNullable<SessionDetail['sla']>['firstResponse']>

/** A target's outcome in words: met, missed, or the time left (counting down while it runs). */
const Target = ({ clock, running, now }: { clock: Clock; running: boolean; now: number }) => {
  if (clock.met) return <>met ({clock.targetMinutes} min target)</>
  if (clock.breached || (running && now > clock.dueAt))
    return <strong class="sla-missed">missed ({clock.targetMinutes} min target)</strong>
  if (!running) return <>not reached ({clock.targetMinutes} min target)</>
  return (
    <>
      due {dayAndTime(clock.dueAt)}, {duration(clock.dueAt - now)} left
    </>
  )
}

/** Waiting time that keeps ticking while the session is pending. */
const Waiting = ({ session }: { session: SessionDetail }) => {
  const now = useNow(1000)
  return <>{duration(session.status === 'pending' ? now - session.createdAt : session.timings.waitedMs)}</>
}

const Row = ({ label, children, testId }: { label: string; children: ComponentChildren; testId?: string }) => (
  <div class="detail-row" data-testid={testId}>
    <dt>{label}</dt>
    <dd>{children}</dd>
  </div>
)

/** The side panel: who, when, and how long the end user waited. */
export const SessionDetails = ({ session, agents }: { session: SessionDetail; agents: Agent[] }) => {
  const assignee = session.assignee && agents.find((a) => a.email === session.assignee?.email)
  const now = useNow(1000)
  const open = session.status !== 'closed'
  return (
    <aside class="details" aria-label="Session details">
      <h3>Details</h3>
      <dl>
        <Row label="Assignee" testId="detail-assignee">
          {session.assignee ? (
            <span class="inline-person">
              <Avatar name={session.assignee.name ?? '?'} pictureUrl={assignee?.pictureUrl} size={20} />
              {session.assignee.name}
            </span>
          ) : (
            <span class="muted">Unassigned</span>
          )}
        </Row>
        <Row label="End user">
          {session.endUser.name ?? 'Unknown user'} <EndUserBadge session={session} now={now} />
        </Row>
        <Row label="Priority">{session.priority}</Row>
        {session.category && <Row label="Category">{session.category}</Row>}
        <Row label="Started">{dayAndTime(session.createdAt)}</Row>
        <Row label={session.status === 'pending' ? 'Waiting' : 'Waited'}>
          <Waiting session={session} />
        </Row>
        {session.timings.timeToAssignMs !== undefined && (
          <Row label="Time to assign">{duration(session.timings.timeToAssignMs)}</Row>
        )}
        {session.timings.firstResponseMs !== undefined && (
          <Row label="First response">{duration(session.timings.firstResponseMs)}</Row>
        )}
        {session.sla?.firstResponse && (
          <Row label="First-response target" testId="detail-sla-first-response">
            <Target
              clock={session.sla.firstResponse}
              running={open && session.firstResponseAt === undefined}
              now={now}
            />
          </Row>
        )}
        {session.sla?.resolution && (
          <Row label="Resolution target" testId="detail-sla-resolution">
            <Target clock={session.sla.resolution} running={open} now={now} />
          </Row>
        )}
        {session.closedAt && <Row label="Closed">{dayAndTime(session.closedAt)}</Row>}
        {session.closeReason && (
          <Row label="Close reason" testId="detail-close-reason">
            {closeReasonText(session.closeReason)}
          </Row>
        )}
      </dl>
      {session.description && (
        <>
          <h3>Why it was escalated</h3>
          <p class="details-text">{session.description}</p>
        </>
      )}
      <h3>Notes</h3>
      <p class="details-text muted">
        {session.notes.length === 0
          ? 'No internal notes yet.'
          : `${session.notes.length} internal note${session.notes.length === 1 ? '' : 's'}, shown in the conversation.`}
      </p>
    </aside>
  )
}
