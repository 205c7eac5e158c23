/**
 * Static guard for bot builders' regular expressions, run once at registration.
 *
 * Why both a static check and a length bound: JavaScript regexes backtrack and cannot
 * be interrupted, so a single `(a+)+$` on a 30-character message can hang the
 * integration for minutes. Bounding the text does not help against exponential
 * patterns (2^30 is already too much), so they are refused here: nested
 * repetition without a separator, repeated alternatives that overlap, and two
 * overlapping unbounded quantifiers side by side (`\d+\d+`, `.*.*`). What remains
 * is at worst polynomial, and custom-rules.ts bounds that by running each pattern
 * on chunks of at most 1,000 characters.
 *
 * The analysis parses the pattern into a small tree and compares the character
 * sets of atoms by testing them against a fixed probe alphabet.
 */

type Atom = { t: 'atom'; src: string }
type Node =
  | Atom
  | { t: 'assert'; anchor?: '^' | '$' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; branches: Node[] }
  | { t: 'group'; body: Node; look: boolean }
  | { t: 'quant'; body: Node; min: number; max: number }

export class UnsafePatternError extends Error {}

class Parser {
  i = 0
  constructor(readonly s: string) {}

  parseAlt(): Node {
    const branches = [this.parseSeq()]
    while (this.s[this.i] === '|') {
      this.i++
      branches.push(this.parseSeq())
    }
    return branches.length === 1 ? branches[0]! : { t: 'alt', branches }
  }

  parseSeq(): Node {
    const items: Node[] = []
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      let node = this.parseAtom()
      for (;;) {
        const q = this.parseQuantifier()
        if (!q) break
        node = node.t === 'assert' ? node : { t: 'quant', body: node, min: q.min, max: q.max }
      }
      items.push(node)
    }
    return { t: 'seq', items }
  }

  parseQuantifier(): { min: number; max: number } | undefined {
    const c = this.s[this.i]
    let q: { min: number; max: number } | undefined
    if (c === '*') {
      q = { min: 0, max: Infinity }
      this.i++
    } else if (c === '+') {
      q = { min: 1, max: Infinity }
      this.i++
    } else if (c === '?') {
      q = { min: 0, max: 1 }
      this.i++
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.s.slice(this.i))
      if (!m) return undefined
      const min = Number(m[1])
      q = { min, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : min }
      this.i += m[0].length
    }
    if (q && this.s[this.i] === '?') this.i++ // lazy: same backtracking space
    return q
  }

  parseAtom(): Node {
    const s = this.s
    const c = s[this.i]!
    if (c === '(') {
      this.i++
      let look = false
      if (s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.i))
        if (!m) throw new UnsafePatternError('unsupported group syntax')
        look = ['?=', '?!', '?<=', '?<!'].includes(m[0])
        this.i += m[0].length
      }
      const body = this.parseAlt()
      if (s[this.i] !== ')') throw new UnsafePatternError('unbalanced parenthesis')
      this.i++
      return { t: 'group', body, look }
    }
    if (c === '[') {
      const start = this.i
      this.i++
      if (s[this.i] === '^') this.i++ // in JS "[]" and "[^]" are complete classes
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1
      this.i++
      return { t: 'atom', src: s.slice(start, this.i) }
    }
    if (c === '\\') {
      const start = this.i
      const n = s[this.i + 1] ?? ''
      this.i += 2
      if (n === 'b' || n === 'B') return { t: 'assert' }
      if (/[1-9]/.test(n)) {
        while (/\d/.test(s[this.i] ?? '')) this.i++
        return { t: 'atom', src: '[^]' }
      } // backreference: assume anything
      if (n === 'k' && s[this.i] === '<') {
        this.i = s.indexOf('>', this.i) + 1
        return { t: 'atom', src: '[^]' }
      }
      if ((n === 'p' || n === 'P' || n === 'u') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1
      else if (n === 'u') this.i += 4
      else if (n === 'x') this.i += 2
      else if (n === 'c') this.i += 1
      return { t: 'atom', src: s.slice(start, this.i) }
    }
    this.i++
    if (c === '^' || c === '$') return { t: 'assert', anchor: c }
    if (c === '.') return { t: 'atom', src: '.' }
    return { t: 'atom', src: c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') }
  }
}

// Probe alphabet: printable ASCII, whitespace and a few non-Latin characters.
const probes: string[] = [' ', '\t', '\n', '\u00a0', 'é', 'ß', 'ñ', 'ж', 'あ', '中', '٣', '😀']
for (let c = 33; c < 127; c++) probes.push(String.fromCharCode(c))

type CharSet = boolean[]

function atomSet(src: string, flags: string): CharSet {
  let re: RegExp
  try {
    re = new RegExp(`^(?:${src})$`, flags)
  } catch {
    return probes.map(() => true)
  }
  return probes.map((p) => re.test(p))
}

const union = (a: CharSet, b: CharSet): CharSet => a.map((x, k) => x || b[k]!)
const overlap = (a: CharSet, b: CharSet): boolean => a.some((x, k) => x && b[k])
const empty = (): CharSet => probes.map(() => false)

export type PatternShape = { anchoredStart: boolean; anchoredEnd: boolean }

/** Throws UnsafePatternError when the pattern risks catastrophic backtracking. */
export function assertSafePattern(source: string, flags: string): PatternShape {
  const parser = new Parser(source)
  const root = parser.parseAlt()
  if (parser.i < source.length) throw new UnsafePatternError('unbalanced parenthesis')
  const cache = new Map<string, CharSet>()
  const setOf = (src: string) => {
    let v = cache.get(src)
    if (!v) {
      v = atomSet(src, flags)
      cache.set(src, v)
    }
    return v
  }

  /** Every character any atom under `n` can consume. */
  const chars = (n: Node): CharSet => {
    switch (n.t) {
      case 'atom':
        return setOf(n.src)
      case 'assert':
        return empty()
      case 'seq':
        return n.items.reduce((acc, x) => union(acc, chars(x)), empty())
      case 'alt':
        return n.branches.reduce((acc, x) => union(acc, chars(x)), empty())
      case 'group':
        return n.look ? empty() : chars(n.body)
      case 'quant':
        return chars(n.body)
    }
  }
  /** Characters `n` can start with. */
  const first = (n: Node): CharSet => {
    switch (n.t) {
      case 'atom':
        return setOf(n.src)
      case 'assert':
        return empty()
      case 'alt':
        return n.branches.reduce((acc, x) => union(acc, first(x)), empty())
      case 'group':
        return n.look ? empty() : first(n.body)
      case 'quant':
        return first(n.body)
      case 'seq': {
        let acc = empty()
        for (const x of n.items) {
          acc = union(acc, first(x))
          if (!canBeEmpty(x)) break
        }
        return acc
      }
    }
  }
  const canBeEmpty = (n: Node): boolean => {
    switch (n.t) {
      case 'atom':
        return false
      case 'assert':
        return true
      case 'seq':
        return n.items.every(canBeEmpty)
      case 'alt':
        return n.branches.some(canBeEmpty)
      case 'group':
        return n.look || canBeEmpty(n.body)
      case 'quant':
        return n.min === 0 || canBeEmpty(n.body)
    }
  }
  const repeats = (n: Node): boolean => {
    switch (n.t) {
      case 'atom':
      case 'assert':
        return false
      case 'seq':
        return n.items.some(repeats)
      case 'alt':
        return n.branches.some(repeats)
      case 'group':
        return !n.look && repeats(n.body)
      case 'quant':
        return (n.max > 1 && n.max !== n.min) || repeats(n.body) // "{2}" is not ambiguous
    }
  }
  /** Items of a sequence, looking through plain (non-quantified) groups. */
  const flat = (n: Node): Node[] => {
    if (n.t === 'seq') return n.items.flatMap(flat)
    if (n.t === 'group' && !n.look && n.body.t !== 'alt') return flat(n.body)
    return [n]
  }
  let anchoredStart = false
  let anchoredEnd = false

  const visit = (n: Node): void => {
    switch (n.t) {
      case 'assert':
        if (n.anchor === '^') anchoredStart = true
        if (n.anchor === '$') anchoredEnd = true
        return
      case 'atom':
        return
      case 'alt':
        n.branches.forEach(visit)
        return
      case 'group':
        visit(n.body)
        return
      case 'quant': {
        if (n.max > 1) {
          const body = n.body.t === 'group' ? n.body.body : n.body
          if (repeats(body)) {
            // Safe only if every round must cross a character the inner repetition cannot eat.
            const inner = chars(body)
            const separators = flat(body).filter((x) => x.t === 'atom' || (x.t === 'quant' && x.min > 0 && x.max === 1))
            const innerRepeated = flat(body)
              .filter((x) => repeats(x))
              .reduce((acc, x) => union(acc, chars(x)), empty())
            const hasSeparator = separators.some((x) => !overlap(chars(x), innerRepeated))
            if (!hasSeparator || !inner.some(Boolean))
              throw new UnsafePatternError('nested quantifiers (e.g. "(a+)+") can take exponential time')
          }
          if (body.t === 'alt') {
            const heads = body.branches.map(first)
            for (let a = 0; a < heads.length; a++)
              for (let b = a + 1; b < heads.length; b++)
                if (overlap(heads[a]!, heads[b]!))
                  throw new UnsafePatternError(
                    'repeated alternatives that can match the same text (e.g. "(a|ab)*") can take exponential time'
                  )
            if (body.branches.some(canBeEmpty))
              throw new UnsafePatternError('a repeated group that can match empty text can take exponential time')
          }
        }
        visit(n.body)
        return
      }
      case 'seq': {
        // Chains of unbounded quantifiers over shared characters, with only optional
        // items between them: each link multiplies the backtracking by the text length.
        const items = flat(n)
        for (let a = 0; a < items.length; a++) {
          const x = items[a]!
          if (x.t !== 'quant' || x.max !== Infinity) continue
          let chain = 1
          for (let b = a + 1; b < items.length; b++) {
            const y = items[b]!
            if (y.t === 'quant' && y.max === Infinity && overlap(chars(x), chars(y))) chain++
            if (!canBeEmpty(y)) break
          }
          // Two links are tolerated after a mandatory prefix ("ticket\s*#?\s*"): the prefix
          // limits where matching starts and the chunk bound caps the rest.
          const prefixed = items.slice(0, a).some((y) => !canBeEmpty(y))
          if (chain >= 3 || (chain === 2 && !prefixed)) {
            throw new UnsafePatternError(
              'unbounded quantifiers over the same characters side by side (e.g. "\\d+\\d+", ".*.*") backtrack heavily'
            )
          }
        }
        n.items.forEach(visit)
        return
      }
    }
  }
  visit(root)
  return { anchoredStart, anchoredEnd }
}
