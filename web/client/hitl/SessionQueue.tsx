import type { ComponentChildren } from 'preact'
import { Avatar } from '../shared/Avatar'
import { useNow } from '../shared/hooks'
import { ClockIcon } from '../shared/icons'
import { duration } from '../shared/time'
import { PriorityBadge, StatusBadge } from './badges'
import type { Agent, Filter, SessionList, SessionSummary } from './desk-api'
import { OfflineFlag } from './presence'
import { type Markers, unreadOf } from './read-markers'
import { liveSla } from './sla'
import { SlaBadge } from './SlaBadge'
import { EndUserBadge } from './EndUserBadge'

type Props = {
  list?: SessionList
  error?: string
  filter: Filter
  mine: boolean
  selectedId?: string
  me: Agent
  agents: Agent[]
  onFilter: (f: Filter) => void
  onMine: (mine: boolean) => void
  onSelect: (id: string) => void
  /** What this agent has read of each session (unread counts). */
  markers?: Markers
  /** Under the heading: search and alerts. */
  tools?: ComponentChildren
}

const tabs: { filter: Filter; label: string }[] = [
  { filter: 'open', label: 'Open' },
  { filter: 'pending', label: 'Pending' },
  { filter: 'assigned', label: 'Assigned' },
  { filter: 'closed', label: 'Closed' },
]

/** Closed sessions are counted up to a cap: past it the tab says "100+". */
const countOf = (list: SessionList | undefined, filter: Filter) => {
  if (!list) return undefined
  if (filter === 'open') return list.counts.pending + list.counts.assigned
  return filter === 'closed' && list.counts.closedMore ? `${list.counts.closed}+` : list.counts[filter]
}

/** The queue: a status filter with counts, then the sessions, pending first. */
export const SessionQueue = ({
  list,
  error,
  filter,
  mine,
  selectedId,
  me,
  agents,
  onFilter,
  onMine,
  onSelect,
  markers,
  tools,
}: Props) => {
  const now = useNow(1000)
  const sessions = list?.sessions ?? []
  return (
    <aside class="queue" aria-label="HITL sessions">
      <div class="queue-head">
        <h1>Conversations</h1>
        <label class="toggle" title="Only the sessions assigned to me">
          <input
            type="checkbox"
            checked={mine}
            onChange={(e) => onMine(e.currentTarget.checked)}
            data-testid="mine-toggle"
          />
          <span>Mine</span>
        </label>
      </div>
      {tools}
      <div class="queue-tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            aria-selected={filter === tab.filter}
            class={`queue-tab ${filter === tab.filter ? 'active' : ''}`}
            data-testid={`filter-${tab.filter}`}
            onClick={() => onFilter(tab.filter)}
          >
            {tab.label}
            <span class={`count ${tab.filter}`} data-testid={`count-${tab.filter}`}>
              {countOf(list, tab.filter) ?? '–'}
            </span>
          </button>
        ))}
      </div>
      {error && <p class="error queue-error">{error}</p>}
      <ul class="queue-list" data-testid="session-list">
        {sessions.map((s) => (
          <SessionCard
            session={s}
            selected={s.id === selectedId}
            now={now}
            me={me}
            agents={agents}
            onSelect={onSelect}
            unread={unreadOf(s, markers)}
          />
        ))}
        {list && sessions.length === 0 && (
          <li class="queue-empty">
            No {filter === 'open' ? 'open' : filter} sessions{mine ? ' assigned to you' : ''}.
          </li>
        )}
      </ul>
    </aside>
  )
}

type CardProps = {
  session: SessionSummary
  selected: boolean
  now: number
  me: Agent
  agents: Agent[]
  onSelect: (id: string) => void
  unread: number
}

const SessionCard = ({ session: s, selected, now, me, agents, onSelect, unread }: CardProps) => {
  const waited = s.status === 'pending' ? now - s.createdAt : s.waitingMs
  const assignee = s.assignee && agents.find((a) => a.email === s.assignee?.email)
  const endUser = s.endUser.name ?? 'Unknown user'
  const sla = liveSla(s, now)
  return (
    <li>
      <button
        type="button"
        class={`session-card ${selected ? 'selected' : ''} ${s.status} ${sla ? `sla-${sla.state}` : ''}`}
        data-testid="session-card"
        data-session-id={s.id}
        data-status={s.status}
        onClick={() => onSelect(s.id)}
      >
        <Avatar name={endUser} size={36} />
        <span class="session-card-main">
          <span class="session-card-row">
            <strong class="session-card-name">{endUser}</strong>
            {unread > 0 && (
              <span class="unread" data-testid="unread-count">
                {unread}
                <span class="visually-hidden"> unread</span>
              </span>
            )}
            <span
              class={`wait ${s.status === 'pending' && waited > 120_000 ? 'late' : ''}`}
              title={s.status === 'pending' ? 'Waiting for' : 'Waited'}
            >
              {s.status === 'pending' && <ClockIcon />}
              {duration(waited)}
            </span>
          </span>
          <span class="session-card-title">{s.title}</span>
          {s.lastMessage && (
            <span class="session-card-preview" data-testid="last-message">
              <span class="muted">{endUser.split(' ')[0]}:</span> {s.lastMessage.text}
            </span>
          )}
          <span class="session-card-row meta">
            <StatusBadge status={s.status} />
            <PriorityBadge priority={s.priority} />
            <SlaBadge session={s} now={now} />
            <EndUserBadge session={s} now={now} />
            {s.category && <span class="badge category">{s.category}</span>}
            <span class="assignee" data-testid="session-assignee">
              {s.assignee ? (
                <>
                  <Avatar
                    name={s.assignee.name ?? s.assignee.email ?? '?'}
                    pictureUrl={assignee?.pictureUrl}
                    size={18}
                  />
                  {s.assignee.email === me.email ? 'You' : s.assignee.name}
                </>
              ) : (
                <span class="muted">Unassigned</span>
              )}
            </span>
            {s.status === 'assigned' && <OfflineFlag agent={s.assignee} />}
          </span>
        </span>
      </button>
    </li>
  )
}
