import { Avatar } from '../shared/Avatar'
import { Popover } from '../shared/Popover'
import type { Agent } from './desk-api'

/** "Who am I": the workspace member this tab acts as. */
export const AgentPicker = ({
  me,
  agents,
  onSwitch,
}: {
  me: Agent
  agents: Agent[]
  onSwitch: (agent: Agent) => void
}) => (
  <Popover
    testId="agent-picker"
    buttonClass="agent-picker"
    label={
      <>
        <Avatar name={me.name} pictureUrl={me.pictureUrl} size={32} />
        <span class="agent-picker-text">
          <strong data-testid="current-agent">{me.name}</strong>
          <small>{me.role}</small>
        </span>
        <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true">
          <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
      </>
    }
  >
    {(close) => (
      <div class="menu" role="menu">
        <p class="menu-title">Act as</p>
        {agents.map((agent) => (
          <button
            type="button"
            role="menuitemradio"
            aria-checked={agent.email === me.email}
            class="menu-item"
            onClick={() => {
              close()
              onSwitch(agent)
            }}
          >
            <Avatar name={agent.name} pictureUrl={agent.pictureUrl} size={28} />
            <span>
              <strong>{agent.name}</strong>
              <small>{agent.email}</small>
            </span>
            {agent.email === me.email && <span class="menu-check">✓</span>}
          </button>
        ))}
      </div>
    )}
  </Popover>
)
