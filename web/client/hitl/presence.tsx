import { createContext } from 'preact'
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks'
import type { AgentPresence, DeskApi, Presence } from './desk-api'

/** Every agent's presence by email, for the header, the assign picker and the "Maya is offline" flags. */
export const PresenceContext = createContext<{ all: Record<string, AgentPresence>; myEmail?: string }>({ all: {} })
export const usePresenceOf = (email: string | undefined) => {
  const { all } = useContext(PresenceContext)
  return email ? all[email] : undefined
}

const labels: Record<Presence, string> = { online: 'Online', away: 'Away', offline: 'Offline' }

/** A dot and the word: the colour never says it alone. */
export const PresenceLabel = ({ email }: { email: string }) => {
  const found = usePresenceOf(email)
  if (!found) return null
  return (
    <span class={`presence ${found.presence}`} data-testid="presence-label" data-presence={found.presence}>
      <i aria-hidden="true" />
      {labels[found.presence]}
    </span>
  )
}

/** The flag on a session whose agent is offline (said so, or their tab stopped confirming). */
export const OfflineFlag = ({ agent }: { agent?: { email?: string; name?: string } }) => {
  const found = usePresenceOf(agent?.email)
  const { myEmail } = useContext(PresenceContext)
  if (found?.presence !== 'offline') return null
  return (
    <span class="badge presence-flag" data-testid="assignee-offline" title={found.stale ? 'Their tab went quiet' : ''}>
      {found.email === myEmail ? 'You are offline' : `${agent?.name ?? found.name ?? found.email} is offline`}
    </span>
  )
}

/** The signed-in agent's own presence, in the tab header. */
export const PresenceControl = ({ value, onChange }: { value: Presence; onChange: (p: Presence) => void }) => (
  <label class="presence-control">
    <span class="presence-control-label">Your status</span>
    <span class={`presence ${value}`}>
      <i aria-hidden="true" />
    </span>
    <select data-testid="presence-select" value={value} onChange={(e) => onChange(e.currentTarget.value as Presence)}>
      {(Object.keys(labels) as Presence[]).map((p) => (
        <option value={p}>{labels[p]}</option>
      ))}
    </select>
  </label>
)

/**
 * Reads everyone's presence (again on `revision`, a change in the feed) and keeps the agent's own confirmed while
 * the tab is open, so their presence only goes stale when the tab is gone.
 */
export const useAgentPresence = (api: DeskApi, myEmail: string, revision: number) => {
  const [all, setAll] = useState<Record<string, AgentPresence>>({})
  const [confirmEveryMs, setConfirmEveryMs] = useState<number>()
  const [error, setError] = useState<string>()
  const read = useRef(0)
  const load = useCallback(async () => {
    const mine = ++read.current
    try {
      const { agents, confirmEveryMs: every } = await api.presence()
      if (mine !== read.current) return
      setAll(Object.fromEntries(agents.map((a) => [a.email, a])))
      setConfirmEveryMs(every)
    } catch {
      // Presence is a hint: the queue and sessions work without it; the next change reads it again.
    }
  }, [api])
  useEffect(() => void load(), [load, revision])

  const own = all[myEmail]?.presence ?? 'offline'
  const set = useCallback(
    async (presence: Presence) => {
      try {
        await api.setPresence(presence)
        setError(undefined)
      } catch (err) {
        setError((err as Error).message)
      }
      await load()
    },
    [api, load]
  )
  useEffect(() => {
    if (own === 'offline' || !confirmEveryMs) return
    const timer = setInterval(() => void api.setPresence(own).catch(() => undefined), confirmEveryMs)
    return () => clearInterval(timer)
  }, [api, own, confirmEveryMs])
  return { all, own, set, error }
}
