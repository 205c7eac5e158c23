import { useEffect, useState } from 'preact/hooks'
import { MAX_NOTE_CHARS, MAX_REPLY_CHARS } from '../../../src/definitions/text-limits'
import { LockIcon } from '../shared/icons'
import { closeReasonText } from './close-reason'
import type { Agent, OutgoingMessage, SavedReply, SessionDetail } from './desk-api'
import { fillVariables, matchReplies, slashQuery } from './saved-reply-text'

type Kind = 'text' | 'image' | 'file' | 'audio' | 'video'

const kinds: { kind: Kind; label: string; urlKey: string; sample: { path: string; title: string } }[] = [
  { kind: 'text', label: 'Text', urlKey: '', sample: { path: '', title: '' } },
  {
    kind: 'image',
    label: 'Image',
    urlKey: 'imageUrl',
    sample: { path: '/samples/return-label.svg', title: 'Your prepaid return label' },
  },
  {
    kind: 'file',
    label: 'File',
    urlKey: 'fileUrl',
    sample: { path: '/samples/invoice-1042.pdf', title: 'Invoice #1042' },
  },
  { kind: 'audio', label: 'Audio', urlKey: 'audioUrl', sample: { path: '/samples/chime.wav', title: 'Voice note' } },
  {
    kind: 'video',
    label: 'Video',
    urlKey: 'videoUrl',
    sample: { path: '/samples/how-to-return.webm', title: 'How to pack a return' },
  },
]

/** The counter shows from this share of the limit on: before it, it is noise. */
const COUNTER_FROM = 0.8

type Props = {
  session: SessionDetail
  me: Agent
  heldByOther: boolean
  onSend: (message: OutgoingMessage) => Promise<boolean>
  onNote: (text: string) => Promise<boolean>
  onTakeOver: () => Promise<boolean>
  savedReplies: SavedReply[]
  /** The list is about to show: a chance to read what other agents saved since. */
  onSavedRepliesWanted: () => void
}

/** Reply to the end user (text, or media by URL), or write an internal note only agents see. */
export const Composer = ({
  session,
  me,
  heldByOther,
  onSend,
  onNote,
  onTakeOver,
  savedReplies,
  onSavedRepliesWanted,
}: Props) => {
  const [mode, setMode] = useState<'reply' | 'note'>('reply')
  const [kind, setKind] = useState<Kind>('text')
  const [text, setText] = useState('')
  const [url, setUrl] = useState('')
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  // The saved-reply list under the composer: which entry is active, and whether Escape dismissed it.
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState(false)
  const query = slashQuery(text)
  const searching = query !== undefined
  useEffect(() => {
    if (searching) onSavedRepliesWanted()
  }, [searching])

  if (session.status === 'closed')
    return (
      <div class="composer closed" data-testid="composer-closed">
        This session is closed{session.closeReason ? ` (${closeReasonText(session.closeReason)})` : ''}. The bot has the
        conversation back.
      </div>
    )

  const spec = kinds.find((k) => k.kind === kind)!
  const replying = mode === 'reply'
  const blockedReply = replying && heldByOther
  const typing = !replying || kind === 'text'
  const limit = replying ? MAX_REPLY_CHARS : MAX_NOTE_CHARS
  const length = text.trim().length
  const tooLong = typing && length > limit
  const ready = !typing ? url.trim().length > 0 : length > 0 && !tooLong

  const matches = searching && !dismissed ? matchReplies(savedReplies, query) : []
  const menuOpen = searching && !dismissed
  const chosen = matches[Math.min(active, matches.length - 1)]
  const insert = (reply: SavedReply) => {
    // Plain text into a text field: a value never becomes markup.
    setText(fillVariables(reply.text, { endUserName: session.endUser.name, agentName: me.name }))
    setActive(0)
  }
  const onSlashKey = (e: KeyboardEvent) => {
    if (!menuOpen) return false
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (Math.min(i, matches.length - 1) + step + matches.length) % Math.max(matches.length, 1))
    } else if (e.key === 'Enter') {
      // Enter picks a reply; with none matching it does nothing rather than send the search as a message.
      if (chosen) insert(chosen)
    } else if (e.key === 'Escape') setDismissed(true)
    else return false
    e.preventDefault()
    return true
  }

  const submit = async (e?: Event) => {
    e?.preventDefault()
    if (!ready || busy || blockedReply) return
    setBusy(true)
    const message: OutgoingMessage =
      kind === 'text' || !replying
        ? { type: 'text', payload: { text: text.trim() } }
        : { type: kind, payload: { [spec.urlKey]: url.trim(), ...(title.trim() ? { title: title.trim() } : {}) } }
    const ok = replying ? await onSend(message) : await onNote(text.trim())
    setBusy(false)
    if (ok) {
      setText('')
      setUrl('')
      setTitle('')
    }
  }

  return (
    <form class={`composer ${mode}`} onSubmit={submit} data-testid="composer">
      <div class="composer-tabs">
        <button
          type="button"
          class={replying ? 'active' : ''}
          data-testid="mode-reply"
          onClick={() => setMode('reply')}
        >
          Reply to {session.endUser.name ?? 'the end user'}
        </button>
        <button type="button" class={!replying ? 'active' : ''} data-testid="mode-note" onClick={() => setMode('note')}>
          <LockIcon /> Internal note
        </button>
        {replying && (
          <div class="kind-switch" role="radiogroup" aria-label="Message type">
            {kinds.map((k) => (
              <button
                type="button"
                role="radio"
                aria-checked={kind === k.kind}
                class={kind === k.kind ? 'active' : ''}
                data-testid={`kind-${k.kind}`}
                onClick={() => setKind(k.kind)}
              >
                {k.label}
              </button>
            ))}
          </div>
        )}
      </div>
      {blockedReply ? (
        <div class="composer-blocked">
          {session.assignee?.name} is answering this session.
          <button type="button" class="button primary small" onClick={onTakeOver}>
            Take over to reply
          </button>
        </div>
      ) : replying && kind !== 'text' ? (
        <div class="composer-media">
          <input
            data-testid="media-url"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
            placeholder={`${spec.label} URL (https://…)`}
          />
          <input
            data-testid="media-title"
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
            placeholder="Title (optional)"
          />
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setUrl(`${location.origin}${spec.sample.path}`)
              setTitle(spec.sample.title)
            }}
          >
            Use a sample
          </button>
        </div>
      ) : (
        <textarea
          data-testid="composer-text"
          aria-label={replying ? `Reply to ${session.endUser.name ?? 'the end user'}` : 'Internal note'}
          aria-invalid={tooLong}
          aria-describedby={tooLong ? 'composer-too-long' : undefined}
          aria-controls={menuOpen ? 'saved-reply-menu' : undefined}
          aria-activedescendant={menuOpen && chosen ? `saved-reply-option-${chosen.id}` : undefined}
          value={text}
          rows={3}
          placeholder={
            replying
              ? `Write to ${session.endUser.name ?? 'the end user'} as ${me.name}… (Enter to send)`
              : 'Only agents see notes… (Enter to add)'
          }
          onInput={(e) => {
            setText(e.currentTarget.value)
            setDismissed(false)
            setActive(0)
          }}
          onKeyDown={(e) => {
            if (onSlashKey(e)) return
            if (e.key === 'Enter' && !e.shiftKey) void submit(e)
          }}
        />
      )}
      {menuOpen && !blockedReply && (
        <ul class="saved-reply-menu" id="saved-reply-menu" role="listbox" aria-label="Saved replies">
          {matches.map((r) => (
            <li
              key={r.id}
              id={`saved-reply-option-${r.id}`}
              role="option"
              aria-selected={r === chosen}
              class={r === chosen ? 'active' : ''}
              data-testid="saved-reply-option"
              onMouseDown={(e) => {
                e.preventDefault()
                insert(r)
              }}
            >
              <strong>{r.title}</strong>
              <small>{fillVariables(r.text, { endUserName: session.endUser.name, agentName: me.name })}</small>
            </li>
          ))}
          {matches.length === 0 && (
            <li class="muted" role="option" aria-selected={false} aria-disabled="true">
              {savedReplies.length === 0
                ? 'No saved replies yet: add them with "Saved replies" at the top.'
                : `No saved reply matches "${query}".`}
            </li>
          )}
        </ul>
      )}
      <div class="composer-foot">
        {typing && length >= limit * COUNTER_FROM && (
          <span class={`composer-counter ${tooLong ? 'over' : ''}`} data-testid="composer-counter">
            {length.toLocaleString('en')} / {limit.toLocaleString('en')}
          </span>
        )}
        {tooLong ? (
          <span class="composer-too-long" id="composer-too-long" role="alert" data-testid="composer-too-long">
            {(length - limit).toLocaleString('en')} characters too long: shorten the {replying ? 'reply' : 'note'} to
            send it.
          </span>
        ) : (
          <span class="muted">
            {replying
              ? session.status === 'pending'
                ? 'Answering assigns the session to you.'
                : 'The end user sees your name and picture.'
              : 'Notes never reach the end user.'}
          </span>
        )}
        <button
          type="submit"
          class={`button ${replying ? 'primary' : 'note-button'}`}
          data-testid="composer-submit"
          disabled={!ready || busy || blockedReply}
        >
          {replying ? 'Send' : 'Add note'}
        </button>
      </div>
    </form>
  )
}
