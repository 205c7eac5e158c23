import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { RequestError } from '../shared/http'
import { useCoalesced, useEventSource } from '../shared/hooks'
import { Popover } from '../shared/Popover'
import { deskShortcuts, useShortcuts } from '../shared/shortcuts'
import { AgentPicker } from './AgentPicker'
import { type Filter, type Me, type SavedReply, type SessionList, authApi, deskApi } from './desk-api'
import { PresenceContext, PresenceControl, PresenceLabel, useAgentPresence } from './presence'
import { SavedRepliesDialog } from './SavedRepliesDialog'
import { SessionQueue } from './SessionQueue'
import { SessionView } from './SessionView'
import { nextSlaBoundary } from './sla'
import { type Alert, useAlertsSetting, useQueueAlerts } from './queue-alerts'
import { useReadMarkers } from './read-markers'
import { SearchBox } from './SearchBox'
import { SignIn } from './SignIn'
import '../styles/hitl.css'

const selectedFromPath = () =>
  decodeURIComponent(location.pathname.replace(/^\/hitl\/?/, '').split('/')[0] ?? '') || undefined

type Door = { state: 'loading' } | { state: 'signed-out' } | { state: 'in'; me: Me }

/** The tab opens on the sign-in page until the desk knows who this is (from the session cookie). */
export const HitlTab = () => {
  const [door, setDoor] = useState<Door>({ state: 'loading' })
  const load = useCallback(() => {
    authApi.me().then(
      (me) => setDoor({ state: 'in', me }),
      () => setDoor({ state: 'signed-out' })
    )
  }, [])
  useEffect(load, [load])
  if (door.state === 'loading') return <div class="hitl-loading">Loading the HITL tab…</div>
  if (door.state === 'signed-out') return <SignIn onSignedIn={load} />
  const { me } = door
  return (
    <Desk
      key={me.agent.email}
      me={me}
      onSwitch={(agent) => void authApi.demoSignIn(agent.id).then(load, load)}
      onSignOut={() => void authApi.signOut(me.csrfToken).then(load, load)}
      onSignedOut={() => setDoor({ state: 'signed-out' })}
    />
  )
}

type DeskProps = {
  me: Me
  onSwitch: (agent: Me['agent']) => void
  onSignOut: () => void
  onSignedOut: () => void
}

const Desk = ({ me: session, onSwitch, onSignOut, onSignedOut }: DeskProps) => {
  const me = session.agent
  const agents = session.agents
  const api = useMemo(() => deskApi(session.csrfToken), [session.csrfToken])
  /** What stands between the desk and Botpress, as one sentence (from the live feed or the last read). */
  const [problem, setProblem] = useState<string>()
  const [filter, setFilter] = useState<Filter>('open')
  const [mine, setMine] = useState(false)
  const [list, setList] = useState<SessionList>()
  const [listError, setListError] = useState<string>()
  const [selectedId, setSelectedId] = useState<string | undefined>(selectedFromPath)
  const [revision, setRevision] = useState(0)
  const [savedReplies, setSavedReplies] = useState<SavedReply[]>([])
  const [managingReplies, setManagingReplies] = useState(false)
  /** Saved replies are shared: read again when the composer's list or the manager opens, and after a change. */
  const loadSavedReplies = useCallback(async () => {
    try {
      setSavedReplies((await api.savedReplies.list()).replies)
    } catch {
      // The composer simply offers none; the manager shows the refusal when it writes.
    }
  }, [api])
  useEffect(() => void loadSavedReplies(), [loadSavedReplies])
  // Presence is read again on a change that names no session (someone's presence changed) and every minute.
  const [presenceRevision, setPresenceRevision] = useState(0)
  const presence = useAgentPresence(api, me.email, presenceRevision)
  useEffect(() => {
    const timer = setInterval(() => setPresenceRevision((r) => r + 1), PRESENCE_POLL_MS)
    return () => clearInterval(timer)
  }, [])

  // Reads can overlap and finish in any order: only the last one started may show.
  const listRead = useRef(0)
  const loadList = useCallback(async () => {
    const read = ++listRead.current
    try {
      const result = await api.list(filter, mine)
      if (read !== listRead.current) return
      setList(result)
      setListError(undefined)
    } catch (err) {
      if (err instanceof RequestError && err.status === 401) return onSignedOut()
      if (read !== listRead.current) return
      if (err instanceof RequestError && err.problem) setProblem(err.message)
      else setListError((err as Error).message)
    }
  }, [api, filter, mine])
  useEffect(() => void loadList(), [loadList])

  const select = (id: string | undefined) => {
    setSelectedId(id)
    history.pushState(null, '', id ? `/hitl/${id}${location.search}` : `/hitl${location.search}`)
  }
  useEffect(() => {
    const onPop = () => setSelectedId(selectedFromPath())
    addEventListener('popstate', onPop)
    return () => removeEventListener('popstate', onPop)
  }, [])

  /** The session `step` places after (or before) the open one in the queue as shown; the first when none is open. */
  const move = (step: 1 | -1) => {
    const ids = list?.sessions.map((s) => s.id) ?? []
    const at = selectedId ? ids.indexOf(selectedId) : -1
    const next = at === -1 ? ids[0] : ids[Math.min(Math.max(at + step, 0), ids.length - 1)]
    if (next && next !== selectedId) select(next)
  }
  useShortcuts({ j: () => move(1), k: () => move(-1) })

  const refreshList = useCoalesced(loadList)
  const markers = useReadMarkers(api, list, selectedId)
  const [alertsOn, setAlertsOn] = useAlertsSetting()
  const [lastAlert, setLastAlert] = useState<Alert>()
  useQueueAlerts(list, `${filter}:${mine}`, alertsOn, (alerts) => setLastAlert(alerts.at(-1)))
  // A session crossing into "about to breach" or "breached" changes the queue's order, though nothing was written.
  useEffect(() => {
    const at = nextSlaBoundary(list, Date.now())
    if (at === undefined) return
    const timer = setTimeout(refreshList, Math.min(at - Date.now(), 2 ** 31 - 1))
    return () => clearTimeout(timer)
  }, [list, refreshList])
  const refreshSession = () => setRevision((r) => r + 1)
  const selected = useRef(selectedId)
  selected.current = selectedId
  // Every change re-reads the queue; the open session is re-read when the change is about it (or unknown).
  // A problem event says what stands between the desk and Botpress (null once it is over).
  const live = useEventSource(
    api.eventsUrl,
    (type, data) => {
      const event = JSON.parse(data) as { conversationId?: string; problem?: { sentence: string } | null }
      if (type === 'problem' || type === 'ready') setProblem(event.problem?.sentence)
      if (type === 'problem' && event.problem) return
      refreshList()
      if (!event.conversationId || event.conversationId === selected.current) refreshSession()
      if (!event.conversationId) setPresenceRevision((r) => r + 1)
    },
    ['ready', 'change', 'problem']
  )

  return (
    <PresenceContext.Provider value={{ all: presence.all, myEmail: me.email }}>
      <div class="hitl">
        <header class="hitl-topbar">
          <div class="hitl-brand">
            <span class="hitl-logo" aria-hidden="true">
              <svg viewBox="0 0 24 24" width="18" height="18">
                <path
                  d="M5 5h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-5 4v-4H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"
                  fill="currentColor"
                />
              </svg>
            </span>
            <div>
              <strong>HITL</strong>
              <span>{session.demo ? 'Northwind demo bot' : 'Live agent desk'}</span>
            </div>
          </div>
          <span class={`live-badge ${live ? 'on' : ''}`} data-testid="live-badge">
            <i /> {live ? 'Live' : 'Reconnecting…'}
          </span>
          {session.demo && (
            <a class="topbar-link" href="/" target="_blank" rel="noreferrer">
              Open the end-user chat ↗
            </a>
          )}
          <div class="team-presence" role="group" aria-label="Agents' presence" data-testid="team-presence">
            {agents
              .filter((a) => a.email !== me.email && presence.all[a.email])
              .map((a) => (
                <span class="team-presence-agent" data-testid={`team-presence-${a.id}`}>
                  {a.name} <PresenceLabel email={a.email} />
                </span>
              ))}
          </div>
          <PresenceControl value={presence.own} onChange={(p) => void presence.set(p)} />
          <button
            type="button"
            class="button small"
            data-testid="open-saved-replies"
            onClick={() => {
              void loadSavedReplies()
              setManagingReplies(true)
            }}
          >
            Saved replies
          </button>
          <ShortcutHelp />
          <AgentPicker
            me={me}
            demoAgents={session.demo ? agents.filter((a) => a.demo) : []}
            onSwitch={onSwitch}
            onSignOut={onSignOut}
          />
        </header>
        {presence.error && (
          <p class="desk-problem" role="alert" data-testid="presence-error">
            Your status was not saved: {presence.error}
          </p>
        )}
        {problem && (
          <p class="desk-problem" role="alert" data-testid="desk-problem">
            {problem}
          </p>
        )}
        <div class={`hitl-body ${selectedId ? 'showing-session' : 'showing-queue'}`}>
          <SessionQueue
            list={list}
            error={listError}
            filter={filter}
            mine={mine}
            selectedId={selectedId}
            me={me}
            agents={agents}
            onFilter={setFilter}
            onMine={setMine}
            onSelect={select}
            markers={markers}
            tools={
              <div class="queue-tools">
                <SearchBox api={api} onSelect={select}>
                  <label
                    class="toggle"
                    title="A notification and a sound when a session arrives or an end user answers"
                  >
                    <input
                      type="checkbox"
                      checked={alertsOn}
                      onChange={(e) => void setAlertsOn(e.currentTarget.checked)}
                      data-testid="alerts-toggle"
                    />
                    <span>Alerts</span>
                  </label>
                </SearchBox>
                <span class="visually-hidden" aria-live="polite" data-testid="queue-alert">
                  {lastAlert
                    ? lastAlert.kind === 'arrived'
                      ? `New session: ${lastAlert.text}`
                      : `${lastAlert.endUser} answered: ${lastAlert.text}`
                    : ''}
                </span>
              </div>
            }
          />
          {selectedId ? (
            <SessionView
              key={selectedId}
              id={selectedId}
              api={api}
              me={me}
              agents={agents}
              revision={revision}
              onChanged={refreshList}
              onBack={() => {
                // Back in the queue, the keyboard continues from the session just left.
                const left = selectedId
                select(undefined)
                requestAnimationFrame(() =>
                  document
                    .querySelector<HTMLElement>(`[data-testid="session-card"][data-session-id="${left}"]`)
                    ?.focus()
                )
              }}
              savedReplies={savedReplies}
              onSavedRepliesWanted={loadSavedReplies}
            />
          ) : (
            <EmptyState count={list ? list.counts.pending : undefined} />
          )}
        </div>
      </div>
      {managingReplies && (
        <SavedRepliesDialog
          api={api}
          replies={savedReplies}
          onChanged={loadSavedReplies}
          onClose={() => setManagingReplies(false)}
        />
      )}
    </PresenceContext.Provider>
  )
}

const PRESENCE_POLL_MS = 60_000

/** The keyboard shortcuts, one click (or Tab and Enter) away. */
const ShortcutHelp = () => (
  <Popover
    testId="shortcut-help"
    buttonClass="icon-button shortcut-help"
    ariaLabel="Keyboard shortcuts"
    title="Keyboard shortcuts"
    label={<span aria-hidden="true">?</span>}
  >
    {() => (
      <div class="menu shortcut-list" data-testid="shortcut-list">
        <p class="menu-title">Keyboard shortcuts</p>
        <dl>
          {Object.values(deskShortcuts).map((s) => (
            <div>
              <dt>
                <kbd>{s.key}</kbd>
              </dt>
              <dd>{s.what}</dd>
            </div>
          ))}
        </dl>
        <p class="menu-note">Not while typing in a field.</p>
      </div>
    )}
  </Popover>
)

const EmptyState = ({ count }: { count?: number }) => (
  <main class="session-empty">
    <svg viewBox="0 0 120 96" width="120" height="96" aria-hidden="true">
      <rect x="8" y="14" width="70" height="46" rx="12" fill="#e0e7ff" />
      <rect x="42" y="34" width="70" height="46" rx="12" fill="#c7d2fe" />
      <circle cx="62" cy="57" r="4" fill="#6366f1" />
      <circle cx="77" cy="57" r="4" fill="#6366f1" />
      <circle cx="92" cy="57" r="4" fill="#6366f1" />
    </svg>
    <h2>Pick a conversation</h2>
    <p>
      {count === undefined
        ? 'Loading the queue…'
        : count === 0
          ? 'Nobody is waiting for an agent. Sessions appear here the moment the bot hands one off.'
          : `${count} end user${count === 1 ? ' is' : 's are'} waiting for an agent.`}
    </p>
  </main>
)
