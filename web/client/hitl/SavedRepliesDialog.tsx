import { useState } from 'preact/hooks'
import { SAVED_REPLY_LIMITS, savedReplyVariables } from '../../../src/definitions/saved-reply-limits'
import { useDialog } from '../shared/dialog'
import type { DeskApi, SavedReply } from './desk-api'

type Draft = { id?: string; revision?: number; title: string; text: string }
const empty: Draft = { title: '', text: '' }

/** The shared saved replies: every agent sees, creates, edits and deletes the same ones. */
export const SavedRepliesDialog = ({
  api,
  replies,
  onChanged,
  onClose,
}: {
  api: DeskApi
  replies: SavedReply[]
  onChanged: () => Promise<void>
  onClose: () => void
}) => {
  const [draft, setDraft] = useState<Draft>(empty)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const root = useDialog(onClose)

  const run = async (action: () => Promise<unknown>, then?: () => void) => {
    setBusy(true)
    try {
      await action()
      setError(undefined)
      then?.()
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
      await onChanged()
    }
  }
  const save = (e: Event) => {
    e.preventDefault()
    const reply = { title: draft.title.trim(), text: draft.text.trim() }
    void run(
      () =>
        draft.id && draft.revision
          ? api.savedReplies.update(draft.id, { ...reply, revision: draft.revision })
          : api.savedReplies.create(reply),
      () => setDraft(empty)
    )
  }

  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <form
        ref={root}
        class="dialog saved-replies"
        role="dialog"
        aria-modal="true"
        aria-labelledby="saved-replies-title"
        data-testid="saved-replies-dialog"
        onSubmit={save}
      >
        <h3 id="saved-replies-title">Saved replies</h3>
        <p>
          Shared by every agent. Type <kbd>/</kbd> in an empty composer to insert one. Variables:{' '}
          {savedReplyVariables.map((v) => (
            <code key={v}>{`{{${v}}}`}</code>
          ))}
          , filled in when inserted.
        </p>
        <ul class="saved-reply-list" data-testid="saved-reply-list">
          {replies.map((r) => (
            <li key={r.id} data-testid="saved-reply" data-reply-id={r.id}>
              <span>
                <strong>{r.title}</strong>
                <small>{r.text}</small>
              </span>
              <button
                type="button"
                class="button small"
                aria-label={`Edit ${r.title}`}
                onClick={() => setDraft({ id: r.id, revision: r.revision, title: r.title, text: r.text })}
              >
                Edit
              </button>
              <button
                type="button"
                class="button small danger-outline"
                aria-label={`Delete ${r.title}`}
                disabled={busy}
                onClick={() => void run(() => api.savedReplies.remove(r.id, r.revision))}
              >
                Delete
              </button>
            </li>
          ))}
          {replies.length === 0 && <li class="muted">No saved replies yet.</li>}
        </ul>
        <fieldset class="saved-reply-form">
          <legend>{draft.id ? 'Edit the saved reply' : 'New saved reply'}</legend>
          <label>
            Title
            <input
              data-testid="saved-reply-title"
              value={draft.title}
              maxLength={SAVED_REPLY_LIMITS.titleChars}
              required
              onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
            />
          </label>
          <label>
            Text
            <textarea
              data-testid="saved-reply-text"
              value={draft.text}
              rows={3}
              maxLength={SAVED_REPLY_LIMITS.textChars}
              required
              placeholder="Hi {{endUser.name}}, …"
              onInput={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
            />
          </label>
        </fieldset>
        {error && (
          <p class="error" role="alert" data-testid="saved-reply-error">
            {error}
          </p>
        )}
        <div class="dialog-actions">
          {draft.id && (
            <button type="button" class="button" onClick={() => setDraft(empty)}>
              Cancel edit
            </button>
          )}
          <button type="button" class="button" onClick={onClose}>
            Close
          </button>
          <button
            type="submit"
            class="button primary"
            data-testid="saved-reply-save"
            disabled={busy || !draft.title.trim() || !draft.text.trim()}
          >
            {draft.id ? 'Save changes' : 'Add reply'}
          </button>
        </div>
      </form>
    </div>
  )
}
