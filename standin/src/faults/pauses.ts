// Holds the next API request of one operation until the test releases it, so a race between two
// callers can be played in a chosen order instead of hoped for.
export type Caller = 'bot' | 'integration'

export type Pause = {
  /** Resolves once the held request has arrived (before any side effect). */
  reached: Promise<void>
  /** Lets the held request go on. */
  release: () => void
}

type Waiting = { operation: string; by?: Caller; arrive: () => void; gate: Promise<void> }

export class Pauses {
  private waiting: Waiting[] = []

  add(operation: string, by?: Caller): Pause {
    let arrive!: () => void
    let release!: () => void
    const reached = new Promise<void>((resolve) => (arrive = resolve))
    const gate = new Promise<void>((resolve) => (release = resolve))
    this.waiting.push({ operation, by, arrive, gate })
    return { reached, release }
  }

  /** The gate a request must wait for, if a pause is waiting for its operation; each pause holds one request. */
  take(operation: string, by: Caller): Promise<void> | undefined {
    const index = this.waiting.findIndex((w) => w.operation === operation && (!w.by || w.by === by))
    if (index < 0) return undefined
    const [match] = this.waiting.splice(index, 1)
    match!.arrive()
    return match!.gate
  }

  /** Forgets the pauses no request has reached yet (on close, where held connections are cut). */
  clear(): void {
    this.waiting = []
  }
}
