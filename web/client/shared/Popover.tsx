import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'

/** A button that opens a floating panel; a click outside or Escape closes it. */
export const Popover = ({
  label,
  buttonClass = 'button',
  align = 'right',
  testId,
  disabled,
  children,
}: {
  label: ComponentChildren
  buttonClass?: string
  align?: 'left' | 'right'
  testId?: string
  disabled?: boolean
  children: (close: () => void) => ComponentChildren
}) => {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const onDown = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false)
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false)
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
        class={buttonClass}
        data-testid={testId}
        aria-expanded={open}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && <div class={`popover popover-${align}`}>{children(() => setOpen(false))}</div>}
    </div>
  )
}
