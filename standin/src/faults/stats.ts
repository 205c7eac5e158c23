// Counts API requests, for "API calls per operation" benchmarks and for tests that bound them.
export type CallFilter = { botId?: string; by?: 'integration' | 'bot' | 'any'; operation?: string }
type Call = { botId: string; by: 'integration' | 'bot'; operation: string }

export class Stats {
  private log: Call[] = []

  record(call: Call): void {
    this.log.push(call)
  }

  private matching(filter: CallFilter = {}): Call[] {
    return this.log.filter(
      (c) =>
        (!filter.botId || c.botId === filter.botId) &&
        (!filter.by || filter.by === 'any' || c.by === filter.by) &&
        (!filter.operation || c.operation === filter.operation)
    )
  }

  calls(filter?: CallFilter): number {
    return this.matching(filter).length
  }

  byOperation(filter?: CallFilter): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const c of this.matching(filter)) counts[c.operation] = (counts[c.operation] ?? 0) + 1
    return counts
  }

  reset(): void {
    this.log = []
  }
}
