import { useState } from 'preact/hooks'
import { MAX_NOTE_CHARS, MAX_REPLY_CHARS } from '../../../src/definitions/text-limits'
import { LockIcon } from '../shared/icons'
import { closeReasonText } from './close-reason'
import type { Agent, OutgoingMessage, SessionDetail } from './desk-api'

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
}

/** Reply to the end user (text, or media by URL), or write an internal note only agents see. */
export const Composer = ({ session, me, heldByOther, onSend, onNote, onTakeOver }: Props) => {
  const [mode, setMode] = useState<'reply' | 'note'>('reply')
  const [kind, setKind] = useState<Kind>('text')
  const [text, setText] = useState('')
  const [url, setUrl] = useState('')
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)

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
          value={text}
          rows={3}
          placeholder={
            replying
              ? `Write to ${session.endUser.name ?? 'the end user'} as ${me.name}… (Enter to send)`
              : 'Only agents see notes… (Enter to add)'
          }
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) void submit(e)
          }}
        />
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
