// Reads query strings the way @botpress/client writes them (qs with `allowDots` and repeated arrays).
import type { Query } from '../operations/context'

export const parseQuery = (url: string): Query => {
  const params = new URL(url).searchParams
  const entries = [...params.entries()]
  return {
    get: (name) => params.get(name) ?? undefined,
    all: (name) =>
      entries
        .filter(([k]) => k === name || k === `${name}[]` || new RegExp(`^${name}\\[\\d+\\]$`).test(k))
        .map(([, v]) => v),
    object: (name) => {
      const found: Record<string, string> = {}
      for (const [k, v] of entries) {
        if (k.startsWith(`${name}.`)) found[k.slice(name.length + 1)] = v
        else if (k.startsWith(`${name}[`) && k.endsWith(']')) found[k.slice(name.length + 1, -1)] = v
      }
      return Object.keys(found).length ? found : undefined
    },
  }
}
