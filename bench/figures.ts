/** What the bench sections share: the percentile of samples, and running one section alone from the command line. */

export type Figures = Record<string, number>

/** Nearest-rank percentile; NaN when there are no samples (a figure that was not measured must not look like 0). */
export const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN
}

/** `npx tsx bench/<section>.ts`: prints the section's figures as `name: value` lines and exits. */
export const runStandalone = (run: () => Promise<Figures>): void => {
  run().then(
    (figures) => {
      for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`)
      process.exit(0)
    },
    (err) => {
      console.error(err)
      process.exit(1)
    }
  )
}
