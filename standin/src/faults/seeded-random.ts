// Seedable randomness for fault injection: a given seed reproduces the same faults in a test run.
export type Random = () => number

/** mulberry32: tiny, fast, good enough to pick which request fails. */
export const seededRandom = (seed: number): Random => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
