import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'

/**
 * A button that opens a floating panel; a click outside or Escape closes it. Escape, and choosing something
 * inside, give the focus back to the button, so a keyboard user stays where they were.
 */
export const Popover = ({
  label,
  ariaLabel,
  title,
  buttonClass = 'button',
  align = 'right',
  testId,
  disabled,
  children,
}: {
  label: ComponentChildren
  /** The button's accessible name when its label is only a picture or says less than it does. */
  ariaLabel?: string
  title?: string
  buttonClass?: string
  align?: 'left' | 'right'
  testId?: string
  disabled?: boolean
  children: (close: () => void) => ComponentChildren
}) => {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  // Before the panel can be seen: an Escape pressed the moment it shows must close it.
  useLayoutEffect(() => {
    if (!open) return
    panel.current?.querySelector<HTMLElement>('button, input, [tabindex="0"]')?.focus()
    const onDown = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false)
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.preventDefault()
      close()
    }
    document.addEventListener('mousedown', onDown)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('mousedown', onDown)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])
  return (
    <div class="popover-root" ref={root}>
      <button
        type="button"
        ref={button}
        class={buttonClass}
        data-testid={testId}
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={ariaLabel}
        title={title}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div class={`popover popover-${align}`} ref={panel}>
          {children(close)}
        </div>
      )}
    </div>
  )
}
