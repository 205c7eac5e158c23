import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { useCoalesced, useEventSource } from '../shared/hooks'
import { AgentPicker } from './AgentPicker'
import { type Agent, type Filter, type SessionList, deskApi, fetchAgents } from './desk-api'
import { SessionQueue } from './SessionQueue'
import { SessionView } from './SessionView'
import '../styles/hitl.css'

const AGENT_KEY = 'hitl-demo.agent'

const selectedFromPath = () =>
  decodeURIComponent(location.pathname.replace(/^\/hitl\/?/, '').split('/')[0] ?? '') || undefined

/** Who the tab acts as: `?as=<id>` (handy for a second window), else the last choice, else the first agent. */
const initialAgent = (agents: Agent[]) => {
  const as = new URLSearchParams(location.search).get('as')
  const remembered = localStorage.getItem(AGENT_KEY)
  return agents.find((a) => a.id === as) ?? agents.find((a) => a.email === remembered) ?? agents[0]
}

export const HitlTab = () => {
  const [agents, setAgents] = useState<Agent[]>([])
  const [me, setMe] = useState<Agent>()
  useEffect(() => {
    fetchAgents().then((list) => {
      setAgents(list)
      setMe(initialAgent(list))
    })
  }, [])
  if (!me) return <div class="hitl-loading">Loading the HITL tab…</div>
  return (
    <Desk
      key={me.email}
      me={me}
      agents={agents}
      onSwitch={(agent) => {
        localStorage.setItem(AGENT_KEY, agent.email)
        setMe(agent)
      }}
    />
  )
}

type DeskProps = { me: Agent; agents: Agent[]; onSwitch: (agent: Agent) => void }

const Desk = ({ me, agents, onSwitch }: DeskProps) => {
  const api = useMemo(() => deskApi(me.email), [me.email])
  const [filter, setFilter] = useState<Filter>('open')
  const [mine, setMine] = useState(false)
  const [list, setList] = useState<SessionList>()
  const [listError, setListError] = useState<string>()
  const [selectedId, setSelectedId] = useState<string | undefined>(selectedFromPath)
  const [revision, setRevision] = useState(0)

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
      if (read === listRead.current) setListError((err as Error).message)
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

  const refreshList = useCoalesced(loadList)
  const refreshSession = () => setRevision((r) => r + 1)
  const selected = useRef(selectedId)
  selected.current = selectedId
  // Every change re-reads the queue; the open session is re-read when the change is about it (or unknown).
  const live = useEventSource(
    api.eventsUrl,
    (type, data) => {
      refreshList()
      const { conversationId } = type === 'change' ? (JSON.parse(data) as { conversationId?: string }) : {}
      if (!conversationId || conversationId === selected.current) refreshSession()
    },
    ['ready', 'change']
  )

  return (
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
            <span>Northwind demo bot</span>
          </div>
        </div>
        <span class={`live-badge ${live ? 'on' : ''}`} data-testid="live-badge">
          <i /> {live ? 'Live' : 'Reconnecting…'}
        </span>
        <a class="topbar-link" href="/" target="_blank" rel="noreferrer">
          Open the end-user chat ↗
        </a>
        <AgentPicker me={me} agents={agents} onSwitch={onSwitch} />
      </header>
      <div class="hitl-body">
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
          />
        ) : (
          <EmptyState count={list ? list.counts.pending : undefined} />
        )}
      </div>
    </div>
  )
}

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
