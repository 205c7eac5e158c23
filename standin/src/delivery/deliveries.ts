// Asynchronous, at-least-once delivery like Botpress's: one FIFO queue per (target, conversation),
// so a conversation's deliveries arrive in order while conversations proceed concurrently.
// A failed attempt (network error, 5xx, 429) is retried with exponential backoff, then reported.
import type { FaultSettings } from '../faults/faults'
import { type PostResult, postJson } from './post-json'
import type { Tracker } from './tracker'

export type Delivery = {
  /** Queue key: deliveries with the same key are sent one after the other. */
  queue: string
  /** Where to send it; a function picks again on every attempt (an integration's next instance). */
  url: string | (() => string)
  headers: Record<string, string>
  body: unknown
  /** Called once with the final outcome. */
  settle: (outcome: { ok: true } | { ok: false; reason: string; attempts: number }) => void
}

export type DeliveryOptions = { maxAttempts: number; baseDelayMs: number; timeoutMs: number }

export const DEFAULT_DELIVERY: DeliveryOptions = { maxAttempts: 5, baseDelayMs: 50, timeoutMs: 30_000 }

const retryable = (status: number) => status === 429 || status >= 500

export class Deliveries {
  private readonly queues = new Map<string, Delivery[]>()
  private closed = false
  private readonly timers = new Set<NodeJS.Timeout>()

  constructor(
    private readonly opts: DeliveryOptions,
    private readonly faults: FaultSettings,
    private readonly tracker: Tracker
  ) {}

  enqueue(delivery: Delivery): void {
    if (this.closed) return
    const queue = this.queues.get(delivery.queue)
    const end = this.tracker.begin()
    const tracked: Delivery = {
      ...delivery,
      settle: (outcome) => {
        end()
        delivery.settle(outcome)
      },
    }
    if (queue) {
      queue.push(tracked)
      return
    }
    this.queues.set(delivery.queue, [tracked])
    void this.drain(delivery.queue)
  }

  close(): void {
    this.closed = true
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
    for (const queue of this.queues.values())
      for (const d of queue) d.settle({ ok: false, reason: 'stand-in closed', attempts: 0 })
    this.queues.clear()
  }

  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key)
    while (queue && queue.length > 0 && !this.closed) {
      const delivery = queue[0]!
      const outcome = await this.deliver(delivery)
      if (this.closed) return
      if (outcome.ok && this.faults.roll(this.faults.value.redeliverRate)) await this.attempt(delivery)
      queue.shift()
      delivery.settle(outcome)
    }
    if (queue?.length === 0) this.queues.delete(key)
  }

  private async deliver(d: Delivery): Promise<{ ok: true } | { ok: false; reason: string; attempts: number }> {
    let reason = ''
    for (let attempt = 1; attempt <= this.opts.maxAttempts; attempt++) {
      if (this.closed) return { ok: false, reason: 'stand-in closed', attempts: attempt - 1 }
      const result = await this.attempt(d)
      if (result.ok) return { ok: true }
      reason = result.reason
      if (!result.retry) return { ok: false, reason, attempts: attempt }
      if (attempt < this.opts.maxAttempts) await this.sleep(this.opts.baseDelayMs * 2 ** (attempt - 1))
    }
    return { ok: false, reason, attempts: this.opts.maxAttempts }
  }

  /** One send, with delivery faults: an injected failure either prevents it or happens after it arrived. */
  private async attempt(d: Delivery): Promise<{ ok: true } | { ok: false; retry: boolean; reason: string }> {
    const f = this.faults.value
    await this.faults.delay()
    const injected = this.faults.roll(f.deliveryFailureRate)
    const afterSending = injected && this.faults.roll(0.5)
    if (injected && !afterSending) return { ok: false, retry: true, reason: 'injected fault before delivery' }
    let result: PostResult
    try {
      result = await postJson(typeof d.url === 'string' ? d.url : d.url(), d.headers, d.body, this.opts.timeoutMs)
    } catch (err) {
      return { ok: false, retry: true, reason: `network error: ${(err as Error).cause ?? (err as Error).message}` }
    }
    if (result.status >= 200 && result.status < 300) {
      if (afterSending) return { ok: false, retry: true, reason: 'injected fault after delivery' }
      return { ok: true }
    }
    return { ok: false, retry: retryable(result.status), reason: `HTTP ${result.status}: ${result.body.slice(0, 500)}` }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t)
        resolve()
      }, ms)
      this.timers.add(t)
    })
  }
}
