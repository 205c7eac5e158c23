import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type { DeskApi, SearchResult } from './desk-api'

/** `children`: more controls on the search's row (the alerts switch). */
type Props = { api: DeskApi; onSelect: (id: string) => void; children?: ComponentChildren }

const matchedLabel = { endUserName: 'name', title: 'title', message: 'message' } as const

/**
 * Search across sessions (end-user name, title, message words). The desk looks at a bounded number of sessions
 * and messages; when it stopped there, the results say so.
 */
export const SearchBox = ({ api, onSelect, children }: Props) => {
  const [q, setQ] = useState('')
  const [result, setResult] = useState<SearchResult>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (e: Event) => {
    e.preventDefault()
    if (q.trim().length < 2) return setError('Type at least 2 characters.')
    setBusy(true)
    setError(undefined)
    try {
      setResult(await api.search(q.trim()))
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const clear = () => {
    setQ('')
    setResult(undefined)
    setError(undefined)
  }
  return (
    <div class="queue-search">
      <form role="search" onSubmit={submit}>
        <input
          type="search"
          aria-label="Search sessions by name, title or message"
          placeholder="Search name, title, messages"
          value={q}
          maxLength={100}
          onInput={(e) => setQ(e.currentTarget.value)}
          data-testid="search-input"
        />
        <button type="submit" class="button small" disabled={busy} data-testid="search-submit">
          {busy ? 'Searching…' : 'Search'}
        </button>
        {result && (
          <button type="button" class="button small" onClick={clear} data-testid="search-clear">
            Clear
          </button>
        )}
        {children}
      </form>
      {error && <p class="error">{error}</p>}
      {result && (
        <div class="search-results" data-testid="search-results" aria-live="polite">
          <p class="muted" data-testid="search-summary">
            {result.results.length} found in the {result.scanned} most recent sessions
            {result.complete ? '' : ' (older sessions and messages were not searched)'}
          </p>
          <ul>
            {result.results.map((r) => (
              <li>
                <button
                  type="button"
                  class="search-result"
                  data-testid="search-result"
                  data-session-id={r.session.id}
                  onClick={() => onSelect(r.session.id)}
                >
                  <strong>{r.session.endUser.name ?? 'Unknown user'}</strong> <span>{r.session.title}</span>
                  <span class="search-excerpt">
                    <span class="muted">{matchedLabel[r.matched]}:</span> {r.excerpt}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
