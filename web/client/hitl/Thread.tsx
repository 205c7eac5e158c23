import { Avatar } from '../shared/Avatar'
import { useStickToBottom } from '../shared/hooks'
import { BotIcon, LockIcon } from '../shared/icons'
import { MessageContent } from '../shared/MessageContent'
import { clockTime, dayAndTime } from '../shared/time'
import type { Agent, DeskMessage, Note, People, SessionDetail } from './desk-api'
import { actorName, changeText, type Change } from './timeline-text'

type Item =
  | { kind: 'message'; at: number; message: DeskMessage }
  | { kind: 'note'; at: number; note: Note }
  | { kind: 'change'; at: number; change: Change }

/** The conversation as the agent reads it: the history from before the handoff, then everything since, notes included. */
export const Thread = ({
  session,
  people,
  me,
  agents,
}: {
  session: SessionDetail
  people: People
  me: Agent
  agents: Agent[]
}) => {
  const items: Item[] = [
    ...session.messages.map((message) => ({ kind: 'message' as const, at: Date.parse(message.createdAt), message })),
    ...session.notes.map((note) => ({ kind: 'note' as const, at: note.at, note })),
    ...session.timeline
      .filter((c) => c.from !== 'none')
      .map((change) => ({ kind: 'change' as const, at: change.at, change })),
  ].sort((a, b) => a.at - b.at)
  const endUserName = session.endUser.name ?? 'Unknown user'
  const scroller = useStickToBottom(items.length + session.transcript.length)

  return (
    // Focusable so that a keyboard can scroll the conversation.
    <div class="thread" ref={scroller} data-testid="thread" tabIndex={0} role="log" aria-label="Conversation">
      {session.transcript.length > 0 && (
        <section class="transcript" data-testid="transcript" aria-label="Before the handoff">
          <p class="thread-section-title">Before the handoff · with the bot</p>
          {session.transcript.map((m) =>
            m.source === 'marker' ? (
              <p class="thread-event">{String(m.payload.text ?? '')}</p>
            ) : (
              <div class={`thread-row ${m.source === 'user' ? 'end-user' : 'bot'}`} data-testid="transcript-message">
                {m.source === 'user' ? <Avatar name={endUserName} size={26} /> : <BotIcon />}
                <div class="thread-bubble">
                  <span class="thread-author">{m.source === 'user' ? endUserName : 'Bot'}</span>
                  <MessageContent type={m.type} payload={m.payload} />
                </div>
              </div>
            )
          )}
        </section>
      )}
      <div class="handoff-divider" data-testid="handoff-divider">
        <span>
          Handed off to a human · {dayAndTime(session.createdAt)}
          {session.description && <em> — {session.description}</em>}
        </span>
      </div>
      {items.map((item) => {
        if (item.kind === 'note')
          return (
            <div class="note" data-testid="note">
              <div class="note-head">
                <span class="note-tag">
                  <LockIcon /> Internal note
                </span>
                <strong>{actorName(item.note.by, me)}</strong>
                <time>{clockTime(item.note.at)}</time>
              </div>
              <p>{item.note.text}</p>
            </div>
          )
        if (item.kind === 'change')
          return (
            <p class="thread-event" data-testid="timeline-event">
              <strong>{actorName(item.change.by, me)}</strong> {changeText(item.change, me)}
              {item.change.why && <span class="muted"> · {item.change.why}</span>}{' '}
              <time>{clockTime(item.change.at)}</time>
            </p>
          )
        const m = item.message
        if (m.sender === 'bot')
          return (
            <p class="thread-event system" data-testid="thread-system">
              {m.type === 'text' ? String(m.payload.text ?? '') : <MessageContent type={m.type} payload={m.payload} />}
              <time> {clockTime(m.createdAt)}</time>
            </p>
          )
        const person = people[m.userId]
        const isAgent = m.sender === 'agent'
        const name = isAgent ? (person?.name ?? 'Agent') : endUserName
        const picture = isAgent ? (person?.pictureUrl ?? agents.find((a) => a.name === name)?.pictureUrl) : undefined
        const isMe = isAgent && name === me.name
        return (
          <div
            class={`thread-row ${isAgent ? 'agent' : 'end-user'} live`}
            data-testid="thread-message"
            data-sender={m.sender}
            data-type={m.type}
          >
            <Avatar name={name} pictureUrl={picture} size={30} />
            <div class="thread-bubble">
              <span class="thread-author">
                {isMe ? 'You' : name} <time>{clockTime(m.createdAt)}</time>
                {m.afterClose && <span class="badge status-closed">after close</span>}
              </span>
              <MessageContent type={m.type} payload={m.payload} />
            </div>
          </div>
        )
      })}
    </div>
  )
}
