import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { Avatar } from '../shared/Avatar'
import { useCoalesced } from '../shared/hooks'
import { deskShortcuts, useShortcuts } from '../shared/shortcuts'
import { AssignMenu } from './AssignMenu'
import { PriorityBadge, StatusBadge } from './badges'
import { OfflineFlag } from './presence'
import { CloseDialog } from './CloseDialog'
import { Composer } from './Composer'
import { takenByIn, type Agent, type DeskApi, type People, type SavedReply, type SessionDetail } from './desk-api'
import { SessionDetails } from './SessionDetails'
import { Thread } from './Thread'

type Props = {
  id: string
  api: DeskApi
  me: Agent
  agents: Agent[]
  revision: number
  onChanged: () => void
  /** Back to the queue (shown where the queue and the session do not fit side by side). */
  onBack: () => void
  savedReplies: SavedReply[]
  onSavedRepliesWanted: () => void
}

type Detail = { session: SessionDetail; people: People }

/** A refresh on top of what is shown: the history stays, newer messages are added once each. */
const mergeRefresh = (before: Detail, refresh: Detail): Detail => {
  const known = new Set(before.session.messages.map((m) => m.id))
  const messages = [...before.session.messages, ...refresh.session.messages.filter((m) => !known.has(m.id))]
  messages.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return {
    session: {
      ...refresh.session,
      description: before.session.description,
      transcript: before.session.transcript,
      transcriptDropped: before.session.transcriptDropped,
      messages,
      timings: {
        ...refresh.session.timings,
        firstResponseMs: before.session.timings.firstResponseMs ?? refresh.session.timings.firstResponseMs,
      },
    },
    people: { ...before.people, ...refresh.people },
  }
}

/** One session: who and what, the actions on it, the whole conversation, and the composer. */
export const SessionView = ({
  id,
  api,
  me,
  agents,
  revision,
  onChanged,
  onBack,
  savedReplies,
  onSavedRepliesWanted,
}: Props) => {
  const [detail, setDetail] = useState<{ session: SessionDetail; people: People }>()
  const [error, setError] = useState<string>()
  const [closing, setClosing] = useState(false)
  // Someone else took the session just before "Assign to me": who, and whether the agent is confirming a take-over.
  const [takenBy, setTakenBy] = useState<{ name: string; email: string }>()
  const [confirming, setConfirming] = useState(false)
  const resumeButton = useRef<HTMLButtonElement>(null)
  const assignButton = useRef<HTMLButtonElement>(null)

  // Reads can overlap and finish in any order: only the last one started may show. After the first read,
  // a refresh asks only for the messages since the newest one shown.
  const reads = useRef(0)
  const shown = useRef<{ session: SessionDetail; people: People }>()
  const load = useCallback(async () => {
    const read = ++reads.current
    try {
      const before = shown.current
      const result = await api.get(id, before?.session.messages.at(-1)?.createdAt)
      if (read !== reads.current) return
      shown.current = before && result.session.incremental ? mergeRefresh(before, result) : result
      setDetail(shown.current)
    } catch (err) {
      if (read === reads.current) setError((err as Error).message)
    }
  }, [api, id])
  const reload = useCoalesced(load)
  useEffect(() => reload(), [reload, revision])
  // The buttons decide what the keys do: a key does nothing when its button is not offered.
  useShortcuts({
    a: () => assignButton.current?.click(),
    r: () => {
      resumeButton.current?.focus()
      resumeButton.current?.click()
    },
  })

  /** Every action: run it, show its refusal if any, read the session again. */
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action()
      setError(undefined)
      return true
    } catch (err) {
      setError((err as Error).message)
      return false
    } finally {
      await load()
      onChanged()
    }
  }

  if (!detail)
    return (
      <main class="session-view loading">
        {error ? <p class="error">{error}</p> : <p class="muted">Loading the session…</p>}
      </main>
    )
  const { session, people } = detail
  const mineNow = session.status === 'assigned' && session.assignee?.email === me.email
  const heldByOther = session.status === 'assigned' && !mineNow
  const holder = session.assignee?.email
  const takeOver = (from: string) => act(() => api.assign(session.id, { intent: 'takeOver', holder: from }))
  /** "Assign to me" never silently takes the session from someone who got it first: it asks. */
  const assignToMe = async () => {
    setConfirming(false)
    try {
      await api.assign(session.id, { intent: 'take' })
      setTakenBy(undefined)
      setError(undefined)
      return true
    } catch (err) {
      const message = (err as Error).message
      const first = takenByIn(message)
      if (first) setTakenBy(first)
      else setError(message)
      return false
    } finally {
      await load()
      onChanged()
    }
  }
  const confirmTakeOver = async (from: string) => {
    if (await takeOver(from)) {
      setTakenBy(undefined)
      setConfirming(false)
    }
  }
  const endUser = session.endUser.name ?? 'Unknown user'

  return (
    <main class="session-view" data-testid="session-view" data-session-id={session.id} data-status={session.status}>
      <header class="session-head">
        <button
          type="button"
          class="icon-button back-button"
          data-testid="back-to-queue"
          aria-label="Back to the queue"
          title="Back to the queue"
          onClick={onBack}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
            <path d="M12.5 4.5 7 10l5.5 5.5" fill="none" stroke="currentColor" stroke-width="2" />
          </svg>
        </button>
        <Avatar name={endUser} size={44} />
        <div class="session-head-text">
          <div class="session-head-row">
            <h2 data-testid="session-end-user">{endUser}</h2>
            <StatusBadge status={session.status} />
            <PriorityBadge priority={session.priority} />
            {session.category && <span class="badge category">{session.category}</span>}
            {session.status === 'assigned' && <OfflineFlag agent={session.assignee} />}
          </div>
          <p class="session-title" data-testid="session-title">
            {session.title}
          </p>
        </div>
        <div class="session-actions">
          {session.status !== 'closed' && !mineNow && (
            <button
              type="button"
              ref={assignButton}
              class="button primary"
              data-testid="assign-to-me"
              title={`${heldByOther ? 'Take over' : 'Assign to me'} (${deskShortcuts.assign.key})`}
              aria-keyshortcuts={deskShortcuts.assign.key}
              onClick={() => (heldByOther && holder ? takeOver(holder) : assignToMe())}
            >
              {heldByOther ? 'Take over' : 'Assign to me'}
            </button>
          )}
          {session.status !== 'closed' && (
            <AssignMenu
              me={me}
              agents={agents}
              currentEmail={session.assignee?.email}
              transfer={session.status === 'assigned'}
              onAssign={(agentEmail, reason) => act(() => api.assign(session.id, { agentEmail, reason }))}
            />
          )}
          {session.status !== 'closed' && (
            <button
              type="button"
              ref={resumeButton}
              class="button danger-outline"
              data-testid="resume-chatbot"
              title={`Resume chatbot (${deskShortcuts.resume.key})`}
              aria-keyshortcuts={deskShortcuts.resume.key}
              onClick={() => setClosing(true)}
            >
              Resume chatbot
            </button>
          )}
        </div>
      </header>
      {takenBy && !mineNow && session.status !== 'closed' && (
        <div class="error session-error" role="alert" data-testid="taken-by">
          {takenBy.name} took this session a moment ago.{' '}
          {confirming ? (
            <>
              Take it over from {takenBy.name}?{' '}
              <button
                type="button"
                class="button primary"
                data-testid="confirm-take-over"
                onClick={() => confirmTakeOver(takenBy.email)}
              >
                Take over
              </button>{' '}
              <button type="button" class="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" class="button" data-testid="take-over" onClick={() => setConfirming(true)}>
              Take over
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="error session-error" role="alert" data-testid="session-error">
          {error}
        </p>
      )}
      <div class="session-columns">
        <section class="session-main">
          <Thread session={session} people={people} me={me} agents={agents} />
          <Composer
            session={session}
            me={me}
            heldByOther={heldByOther}
            savedReplies={savedReplies}
            onSavedRepliesWanted={onSavedRepliesWanted}
            onSend={(message) => act(() => api.send(session.id, message))}
            onNote={(text) => act(() => api.note(session.id, text))}
            onTakeOver={() => (holder ? takeOver(holder) : assignToMe())}
          />
        </section>
        <SessionDetails session={session} agents={agents} />
      </div>
      {closing && (
        <CloseDialog
          endUser={endUser}
          onCancel={() => setClosing(false)}
          returnTo={() => resumeButton.current}
          onConfirm={async (reason) => {
            if (await act(() => api.close(session.id, reason))) setClosing(false)
          }}
        />
      )}
    </main>
  )
}
