import { Avatar } from '../shared/Avatar'
import { Popover } from '../shared/Popover'
import type { Agent } from './desk-api'

/** Who is signed in, and the way out (in the demo, also a one-click switch to another demo agent). */
export const AgentPicker = ({
  me,
  demoAgents,
  onSwitch,
  onSignOut,
}: {
  me: Agent
  demoAgents: Agent[]
  onSwitch: (agent: Agent) => void
  onSignOut: () => void
}) => (
  <Popover
    testId="agent-picker"
    buttonClass="agent-picker"
    label={
      <>
        <Avatar name={me.name} pictureUrl={me.pictureUrl} size={32} />
        <span class="agent-picker-text">
          <strong data-testid="current-agent">{me.name}</strong>
          <small>
            {me.demo && <span class="demo-badge">Demo</span>} {me.role}
          </small>
        </span>
        <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true">
          <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
      </>
    }
  >
    {(close) => (
      <div class="menu" role="menu">
        <p class="menu-title">Signed in as</p>
        <p class="menu-signed-in" data-testid="signed-in-email">
          {me.email}
        </p>
        {demoAgents.length > 0 && <p class="menu-title">Switch demo agent</p>}
        {demoAgents.map((agent) => (
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
        <button
          type="button"
          role="menuitem"
          class="menu-item"
          data-testid="sign-out"
          onClick={() => {
            close()
            onSignOut()
          }}
        >
          <span>
            <strong>Sign out</strong>
          </span>
        </button>
      </div>
    )}
  </Popover>
)
