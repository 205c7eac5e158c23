import { useEffect, useRef } from 'preact/hooks'

/** Where a key press is text being typed, not a command: fields, editable areas, and open dialogs. */
export const isTyping = (target: EventTarget | null) => {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target.closest('[role="dialog"]')) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  // A checkbox or radio takes no text: a letter pressed on it is still a command.
  const type = (target as HTMLInputElement).type
  return type !== 'checkbox' && type !== 'radio' && type !== 'button' && type !== 'submit'
}

/**
 * Single-key commands on the whole page (`{ j: next }`), ignored while the person types in a field, holds a
 * modifier (so the browser's own shortcuts keep working), or the key was already handled.
 */
export const useShortcuts = (keys: Record<string, (() => void) | undefined>) => {
  const current = useRef(keys)
  current.current = keys
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return
      const run = current.current[e.key.length === 1 ? e.key.toLowerCase() : e.key]
      if (!run) return
      e.preventDefault()
      run()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}

/** The desk's shortcuts, for the help popover and the buttons' titles. */
export const deskShortcuts = {
  next: { key: 'J', what: 'Next session in the queue' },
  previous: { key: 'K', what: 'Previous session in the queue' },
  assign: { key: 'A', what: 'Assign to me (or take over)' },
  resume: { key: 'R', what: 'Resume chatbot (asks for a reason)' },
  back: { key: 'Escape', what: 'Close a menu or dialog' },
} as const
