import { useState } from 'preact/hooks'
import { Avatar } from '../shared/Avatar'
import { Popover } from '../shared/Popover'
import type { Agent } from './desk-api'
import { PresenceLabel } from './presence'

type Props = {
  me: Agent
  agents: Agent[]
  currentEmail?: string
  /** The session has an agent already: moving it is a transfer. */
  transfer: boolean
  onAssign: (agentEmail: string, reason?: string) => Promise<unknown>
}

/** Assign to another agent, or transfer, with an optional reason the timeline keeps. */
export const AssignMenu = ({ me, agents, currentEmail, transfer, onAssign }: Props) => {
  const [reason, setReason] = useState('')
  const others = agents.filter((a) => a.email !== currentEmail && a.email !== me.email)
  return (
    <Popover testId="assign-menu" buttonClass="button" label={<>{transfer ? 'Transfer' : 'Assign to…'} ▾</>}>
      {(close) => (
        <div class="menu assign-menu">
          <p class="menu-title">{transfer ? 'Transfer to' : 'Assign to'}</p>
          {others.map((agent) => (
            <button
              type="button"
              class="menu-item"
              data-testid={`assign-to-${agent.id}`}
              onClick={async () => {
                close()
                await onAssign(agent.email, reason.trim() || undefined)
                setReason('')
              }}
            >
              <Avatar name={agent.name} pictureUrl={agent.pictureUrl} size={28} />
              <span>
                <strong>{agent.name}</strong>
                <small>
                  {agent.role} <PresenceLabel email={agent.email} />
                </small>
              </span>
            </button>
          ))}
          <label class="menu-reason">
            Reason (optional)
            <input
              data-testid="assign-reason"
              value={reason}
              maxLength={300}
              onInput={(e) => setReason(e.currentTarget.value)}
              placeholder={transfer ? 'e.g. billing question' : 'e.g. knows this customer'}
            />
          </label>
        </div>
      )}
    </Popover>
  )
}
