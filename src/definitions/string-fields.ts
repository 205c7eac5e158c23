export type StringField = { path: (string | number)[]; key: string | number; value: string; parent: object }

/** Deep enough for any input we serve (a bloc item's payload in a history message); deeper is not walked. */
const MAX_DEPTH = 16

/**
 * Every string field of a value with its path, for checks that go by a field's name (links, ids) where a
 * schema is Botpress's and cannot carry them. Iterative, so hostile nesting cannot exhaust the stack.
 */
export const stringFieldsIn = (value: unknown): StringField[] => {
  const found: StringField[] = []
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }]
  while (pending.length > 0) {
    const next = pending.pop()!
    if (next.path.length > MAX_DEPTH || next.value === null || typeof next.value !== 'object') continue
    const parent = next.value
    const entries: [string | number, unknown][] = Array.isArray(parent)
      ? parent.map((item, index) => [index, item])
      : Object.entries(parent)
    for (const [key, child] of entries) {
      const path = [...next.path, key]
      if (typeof child === 'string') found.push({ path, key, value: child, parent })
      else pending.push({ value: child, path })
    }
  }
  return found
}
