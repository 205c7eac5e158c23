import type { Page } from 'playwright-core'

/** What axe-core found on the page, as one line per rule and element, for a readable failure. */
export type AxeFinding = { rule: string; impact: string; target: string; summary: string }

type AxeResults = {
  violations: { id: string; impact?: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[]
}
type AxeWindow = { axe?: { run: (context: Document) => Promise<AxeResults> } }

/** Injects axe-core into the page and returns its serious and critical violations (an empty list is a pass). */
export const seriousViolations = async (page: Page): Promise<AxeFinding[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core') })
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as AxeWindow).axe!
    return axe.run(document)
  })
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) => ({
        rule: v.id,
        impact: v.impact ?? '',
        target: node.target.join(' '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240),
      }))
    )
}
