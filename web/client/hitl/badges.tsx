import type { SessionSummary } from './desk-api'

const statusLabel = { pending: 'Pending', assigned: 'Assigned', closed: 'Closed' } as const

export const StatusBadge = ({ status }: { status: SessionSummary['status'] }) => (
  <span class={`badge status-${status}`} data-testid="status-badge">
    {statusLabel[status]}
  </span>
)

export const PriorityBadge = ({ priority }: { priority: SessionSummary['priority'] }) => (
  <span class={`badge priority priority-${priority}`} title={`Priority: ${priority}`}>
    <i />
    {priority[0]!.toUpperCase() + priority.slice(1)}
  </span>
)
