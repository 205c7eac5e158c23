// Fault injection settings shared by the API edge and the deliveries; randomness is seedable.
import { type Random, seededRandom } from './seeded-random'

export interface Faults {
  /** Added before every API request and every delivery attempt. */
  latencyMs: number
  /** Fraction of API requests answered 429 or 503 before any side effect. */
  errorRate: number
  /** Fraction of API requests whose connection is destroyed before processing. */
  dropBeforeRate: number
  /** Fraction of API requests processed, then their connection destroyed (the write happened; the client sees a network error). */
  dropAfterRate: number
  /** The next N API requests made by integrations are answered 503 before any side effect: an outage as the integration sees it, counted so a test knows exactly when it ends. */
  integrationOutageRequests: number
  /** Fraction of deliveries to a bot/integration sent twice (same ids). */
  redeliverRate: number
  /** Fraction of delivery attempts that fail as if the network had (half before sending, half after: then it arrived anyway); they are retried. */
  deliveryFailureRate: number
  /** Statuses used by `errorRate` (default [429, 503]). */
  errorStatuses: number[]
  /** `Retry-After` seconds sent with injected 429s (default 0: the SDK's retry waits that long). */
  retryAfterSeconds: number
}

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  errorRate: 0,
  dropBeforeRate: 0,
  dropAfterRate: 0,
  integrationOutageRequests: 0,
  redeliverRate: 0,
  deliveryFailureRate: 0,
  errorStatuses: [429, 503],
  retryAfterSeconds: 0,
}

export class FaultSettings {
  private current: Faults
  private random: Random

  constructor(initial: Partial<Faults> = {}, seed?: number) {
    this.current = { ...NO_FAULTS, ...initial }
    this.random = seed === undefined ? Math.random : seededRandom(seed)
  }

  get value(): Faults {
    return this.current
  }

  set(f: Partial<Faults>): void {
    this.current = { ...this.current, ...f }
  }

  reset(): void {
    this.current = { ...NO_FAULTS }
  }

  /** True with probability `rate` (never draws when the rate is 0, so seeded runs stay aligned). */
  roll(rate: number): boolean {
    return rate > 0 && this.random() < rate
  }

  /** True while the integration outage lasts; each call uses up one request of it. */
  takeIntegrationOutage(): boolean {
    if (this.current.integrationOutageRequests <= 0) return false
    this.current = { ...this.current, integrationOutageRequests: this.current.integrationOutageRequests - 1 }
    return true
  }

  pick<T>(items: T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)]
  }

  async delay(): Promise<void> {
    const ms = this.current.latencyMs
    if (ms > 0) await new Promise((r) => setTimeout(r, ms))
  }
}
