/**
 * Failed sign-ins counted per key (email, and the caller's address), in a fixed window. It lives in the
 * process: behind a load balancer each instance counts its own, so the bound is per instance.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>()

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000
  ) {}

  /** Milliseconds to wait before another try, or 0. */
  retryAfterMs(keys: string[], now = Date.now()): number {
    let wait = 0
    for (const key of keys) {
      const entry = this.failures.get(key)
      if (entry && entry.resetAt > now && entry.count >= this.maxFailures) wait = Math.max(wait, entry.resetAt - now)
    }
    return wait
  }

  fail(keys: string[], now = Date.now()) {
    if (this.failures.size > 10_000) this.sweep(now)
    for (const key of keys) {
      const entry = this.failures.get(key)
      if (!entry || entry.resetAt <= now) this.failures.set(key, { count: 1, resetAt: now + this.windowMs })
      else entry.count++
    }
  }

  succeed(keys: string[]) {
    for (const key of keys) this.failures.delete(key)
  }

  private sweep(now: number) {
    for (const [key, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(key)
  }
}
