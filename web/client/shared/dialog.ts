import { useLayoutEffect, useRef } from 'preact/hooks'

/**
 * A modal dialog's keyboard contract: focus moves into it when it opens, Escape cancels it, Tab stays
 * inside it, and when it closes the focus goes back to the control that opened it (`returnTo`, else
 * whatever had the focus when it opened).
 */
export const useDialog = (onCancel: () => void, returnTo?: () => HTMLElement | null | undefined) => {
  const root = useRef<HTMLFormElement>(null)
  const cancel = useRef(onCancel)
  cancel.current = onCancel
  // Before the dialog can be seen: an Escape pressed the moment it shows must close it.
  useLayoutEffect(() => {
    const opener = returnTo?.() ?? (document.activeElement as HTMLElement | null)
    const focusable = () =>
      [...(root.current?.querySelectorAll<HTMLElement>('button, input, textarea, select') ?? [])].filter(
        (el) => !el.hasAttribute('disabled')
      )
    ;(root.current?.querySelector<HTMLElement>('input, textarea') ?? focusable()[0])?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault()
        cancel.current()
      } else if (e.key === 'Tab') {
        const els = focusable()
        const [first, last] = [els[0], els.at(-1)]
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault()
          last?.focus()
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault()
          first?.focus()
        }
      }
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      // The opener may have been re-rendered away; focus whatever now stands in its place.
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return root
}
