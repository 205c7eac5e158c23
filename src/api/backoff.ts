/**
 * Exponential backoff with full jitter (half fixed, half random), so many instances retrying together do not
 * stampede. `attempt` counts from 1.
 */
export const jitteredBackoffMs = (attempt: number, baseMs: number, maxMs: number): number => {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2))
}
