import { useState } from 'preact/hooks'
import { useDialog } from '../shared/dialog'

const presets = ['Issue resolved', 'Question answered', 'End user stopped replying', 'Handed back for self-service']

/** "Resume chatbot": the session closes with a reason and the bot takes the conversation back. */
export const CloseDialog = ({
  endUser,
  onCancel,
  onConfirm,
  returnTo,
}: {
  endUser: string
  onCancel: () => void
  onConfirm: (reason: string) => Promise<void>
  /** The control the focus goes back to when the dialog closes. */
  returnTo?: () => HTMLElement | null | undefined
}) => {
  const [reason, setReason] = useState(presets[0]!)
  const [busy, setBusy] = useState(false)
  const root = useDialog(onCancel, returnTo)
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onCancel()}>
      <form
        ref={root}
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="close-dialog-title"
        data-testid="close-dialog"
        onSubmit={async (e) => {
          e.preventDefault()
          setBusy(true)
          await onConfirm(reason.trim())
          setBusy(false)
        }}
      >
        <h3 id="close-dialog-title">Resume chatbot</h3>
        <p>The session closes and the bot takes the conversation with {endUser} back. The end user is told.</p>
        <div class="preset-list">
          {presets.map((p) => (
            <button
              type="button"
              class={`chip ${reason === p ? 'selected' : ''}`}
              aria-pressed={reason === p}
              onClick={() => setReason(p)}
            >
              {p}
            </button>
          ))}
        </div>
        <label>
          Reason
          <input
            data-testid="close-reason"
            value={reason}
            maxLength={300}
            required
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </label>
        <div class="dialog-actions">
          <button type="button" class="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" class="button danger" data-testid="confirm-close" disabled={busy || !reason.trim()}>
            Close and resume chatbot
          </button>
        </div>
      </form>
    </div>
  )
}
