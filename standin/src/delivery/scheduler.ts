// Scheduled events: fired by their timer, or held until a test fires them, so that a test of a timeout
// decides what happens first instead of racing a clock.
export type SchedulingMode = 'on-time' | 'on-demand'

export class Scheduler {
  private readonly pending = new Map<string, { fire: () => void; timer?: NodeJS.Timeout }>()

  constructor(private readonly mode: SchedulingMode = 'on-time') {}

  schedule(id: string, delayMs: number, fire: () => void): void {
    const run = () => {
      this.pending.delete(id)
      fire()
    }
    this.pending.set(id, { fire: run, timer: this.mode === 'on-time' ? setTimeout(run, delayMs) : undefined })
  }

  /** False when nothing of that id is waiting (already fired or cancelled). */
  cancel(id: string): boolean {
    const entry = this.pending.get(id)
    if (!entry) return false
    clearTimeout(entry.timer)
    this.pending.delete(id)
    return true
  }

  /** Fires every waiting event now, in the order they were scheduled; returns how many. */
  fireAll(): number {
    const due = [...this.pending.values()]
    for (const entry of due) {
      clearTimeout(entry.timer)
      entry.fire()
    }
    return due.length
  }

  clear(): void {
    for (const entry of this.pending.values()) clearTimeout(entry.timer)
    this.pending.clear()
  }
}
