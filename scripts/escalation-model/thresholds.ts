/**
 * Each kind's threshold, chosen on out-of-fold scores of the model alone (the rules are tuned on this
 * same data, so where they stay silent here says little about new text): the lowest at which the
 * model's own precision is at least TARGET_PRECISION and it fires on at most MAX_FPR of the negatives
 * and MAX_HARD_FPR of the hard ones, so it adds recall without costing the precision the rules earn.
 */
export const TARGET_PRECISION = 0.97
export const MAX_FPR = 0.01
export const MAX_HARD_FPR = 0.02

export type Scored = { p: number; y: number; negative: boolean; hard: boolean }
export type Limits = { precision: number; fpr: number; hardFpr: number }

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)

export function chooseThreshold(
  scored: Scored[],
  limits: Limits = { precision: TARGET_PRECISION, fpr: MAX_FPR, hardFpr: MAX_HARD_FPR }
) {
  const negatives = scored.filter((s) => s.negative).length
  const hardNegatives = scored.filter((s) => s.negative && s.hard).length
  const positives = scored.filter((s) => s.y === 1).length
  for (let t = 0.3; t < 0.995; t += 0.01) {
    const fired = scored.filter((s) => s.p >= t)
    const tp = fired.filter((s) => s.y === 1).length
    const precision = fired.length === 0 ? 1 : tp / fired.length
    const negFired = fired.filter((s) => s.negative).length
    const hardFired = fired.filter((s) => s.negative && s.hard).length
    if (
      precision >= limits.precision &&
      negFired <= limits.fpr * negatives &&
      hardFired <= limits.hardFpr * hardNegatives
    )
      return {
        threshold: Number(t.toFixed(2)),
        precision,
        recall: ratio(tp, positives),
        negFired,
        negatives,
        hardFired,
        hardNegatives,
      }
  }
  return { threshold: 0.99, precision: 1, recall: 0, negFired: 0, negatives, hardFired: 0, hardNegatives }
}
