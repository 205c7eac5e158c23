// Counts work in progress (API requests, queued and in-flight deliveries, retry timers) so that
// `idle()` can resolve the moment everything has settled, without polling.
export class Tracker {
  private pending = 0
  private waiters: (() => void)[] = []

  begin(): () => void {
    this.pending++
    let done = false
    return () => {
      if (done) return
      done = true
      this.pending--
      if (this.pending === 0) this.settle()
    }
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    const end = this.begin()
    try {
      return await work()
    } finally {
      end()
    }
  }

  idle(): Promise<void> {
    if (this.pending === 0 && this.waiters.length === 0) {
      // Still let already-scheduled callbacks (a response being written, a follow-up enqueue) run once.
      return new Promise((resolve) => setImmediate(() => (this.pending === 0 ? resolve() : this.waiters.push(resolve))))
    }
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private settle() {
    // A finished request often enqueues more work in the same tick: confirm quiet on the next turn.
    setImmediate(() => {
      if (this.pending !== 0) return
      const waiters = this.waiters
      this.waiters = []
      for (const w of waiters) w()
    })
  }
}
