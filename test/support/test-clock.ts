import { vi } from 'vitest'

/**
 * The test's clock: only Date is faked (timers keep running, so nothing waits), moved by hand, for the integration
 * and the stand-in alike since both run in the test's process. Undo with `vi.useRealTimers()`.
 */
export const clockAt = (at: number) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}
