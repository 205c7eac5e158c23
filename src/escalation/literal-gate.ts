/**
 * A cheap test that lets a phrase group skip a message it cannot match. From a regex source we
 * derive literal strings one of which every match must contain ("lawyer", "avocat", "rappeler"...);
 * a message is scanned by the group only if one of them may occur in it, judged from a bitmap of the
 * message's character trigrams (a Bloom filter: it may say "maybe" wrongly, never "no" wrongly).
 * Regex scans cost time in proportion to their alternatives at every position; most groups find
 * none of their words in a given message, and the bitmap answers that in a few bit tests.
 */

/** Literals one of which every match of `source` contains, or null when no such set is known. */
export function requiredLiterals(source: string): string[] | null {
  let i = 0
  const ZERO = 'zero' as const
  type Item = string[] | null | typeof ZERO

  const best = (items: (string[] | null)[]): string[] | null => {
    let pick: string[] | null = null
    let pickScore = -Infinity
    for (const s of items) {
      if (!s || s.length === 0) continue
      const minLen = Math.min(...s.map((x) => x.length))
      // Long literals filter well; few of them are cheap to test.
      const score = (minLen >= 3 ? 1000 : minLen * 100) - s.length
      if (score > pickScore) {
        pick = s
        pickScore = score
      }
    }
    return pick
  }

  function parseAlt(): string[] | null {
    const branches = [parseSeq()]
    while (source[i] === '|') {
      i++
      branches.push(parseSeq())
    }
    if (branches.some((b) => b === null)) return null
    return [...new Set(branches.flat() as string[])]
  }

  function parseSeq(): string[] | null {
    const items: (string[] | null)[] = []
    let run = ''
    const flush = () => {
      if (run.length > 0) items.push([run])
      run = ''
    }
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom: Item
      let literal: string | undefined
      const c = source[i]!
      if (c === '(') {
        i++
        let lookaround = false
        if (source[i] === '?') {
          const next = source.slice(i, i + 4)
          if (next.startsWith('?:')) i += 2
          else if (next.startsWith('?=') || next.startsWith('?!')) {
            i += 2
            lookaround = true
          } else if (next.startsWith('?<=') || next.startsWith('?<!')) {
            i += 3
            lookaround = true
          } else if (next.startsWith('?<')) {
            i = source.indexOf('>', i) + 1
          } else return null
        }
        const inner = parseAlt()
        if (source[i] !== ')') return null
        i++
        atom = lookaround ? ZERO : inner
      } else if (c === '[') {
        i++
        if (source[i] === '^') i++
        if (source[i] === ']') i++
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
        i++
        atom = null
      } else if (c === '\\') {
        const e = source[i + 1]!
        i += 2
        if (e === 'b' || e === 'B') atom = ZERO
        else if ('sSwWdDpPux0123456789cktnrfv'.includes(e)) {
          if ((e === 'p' || e === 'P') && source[i] === '{') i = source.indexOf('}', i) + 1
          atom = null
        } else {
          literal = e
          atom = [e]
        }
      } else if (c === '^' || c === '$') {
        i++
        atom = ZERO
      } else if (c === '.') {
        i++
        atom = null
      } else {
        i++
        literal = c
        atom = [c]
      }
      // Quantifier
      let min = 1
      let repeated = false
      let quantified = true
      const q = source[i]
      const braces = q === '{' ? /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i)) : null
      if (q === '?' || q === '*') {
        min = 0
        i++
      } else if (q === '+') {
        repeated = true
        i++
      } else if (braces) {
        min = Number(braces[1])
        repeated = braces[2] !== undefined ? braces[2] === '' || Number(braces[2]) > 1 : min > 1
        i += braces[0].length
      } else quantified = false
      if (quantified && source[i] === '?') i++ // lazy
      if (atom === ZERO) {
        flush()
        continue
      }
      if (literal !== undefined && min >= 1) {
        run += literal
        if (repeated) flush()
        continue
      }
      flush()
      items.push(min >= 1 && atom !== null ? atom : null)
    }
    flush()
    return best(items) ?? null
  }

  const out = parseAlt()
  if (i !== source.length) return null
  return out
}

const BITS = 4096
const WORDS = BITS / 32

const gramHash = (a: number, b: number, c: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 20

/** The trigrams a literal's presence is tested by: its first, middle and last. */
function literalGrams(s: string): number[] {
  const at = [...new Set([0, (s.length - 3) >> 1, s.length - 3])]
  return at.map((k) => gramHash(s.charCodeAt(k), s.charCodeAt(k + 1), s.charCodeAt(k + 2)))
}

export type LiteralGate = {
  /** Trigram hashes of each literal, `count` per literal. */
  hashes: Int32Array
  count: Uint8Array
}

/** A gate for a regex source, or null when it has no usable literals (the group always runs). */
export function literalGate(source: string): LiteralGate | null {
  const literals = requiredLiterals(source)
  if (!literals || literals.length === 0 || literals.some((l) => l.length < 3)) return null
  const hashes: number[] = []
  const count: number[] = []
  for (const l of literals) {
    const g = literalGrams(l)
    hashes.push(...g)
    count.push(g.length)
  }
  return { hashes: Int32Array.from(hashes), count: Uint8Array.from(count) }
}

let gramsOf = ''
const grams = new Uint32Array(WORDS)
let gramList = new Int32Array(256)
let gramCount = 0

/** The message's trigram bitmap and list, computed once per message (the detectors run one after the other). */
function textGrams(text: string): Uint32Array {
  if (text === gramsOf) return grams
  grams.fill(0)
  if (gramList.length < text.length) gramList = new Int32Array(text.length * 2)
  gramCount = 0
  for (let k = 0; k + 2 < text.length; k++) {
    const h = gramHash(text.charCodeAt(k), text.charCodeAt(k + 1), text.charCodeAt(k + 2))
    if ((grams[h >>> 5]! & (1 << (h & 31))) === 0) gramList[gramCount++] = h
    grams[h >>> 5]! |= 1 << (h & 31)
  }
  gramsOf = text
  return grams
}

/**
 * The literals of a set of gates, indexed by the first trigram of each: a message holds a few hundred
 * trigrams, so looking each up once costs less than testing every literal of every group.
 */
export type GateIndex = {
  /** First trigram -> [group, offset in `rest`, number of further trigrams] triples. */
  byGram: (number[] | undefined)[]
  /** The further trigrams of every literal. */
  rest: Int32Array
  groups: number
}

export function gateIndex(gates: readonly (LiteralGate | null)[]): GateIndex {
  const byGram: (number[] | undefined)[] = Array.from({ length: BITS }, () => undefined)
  const rest: number[] = []
  gates.forEach((gate, g) => {
    if (!gate) return
    let at = 0
    for (let l = 0; l < gate.count.length; l++) {
      const n = gate.count[l]!
      ;(byGram[gate.hashes[at]!] ??= []).push(g, rest.length, n - 1)
      for (let k = 1; k < n; k++) rest.push(gate.hashes[at + k]!)
      at += n
    }
  })
  return { byGram, rest: Int32Array.from(rest), groups: gates.length }
}

let flags = new Uint8Array(64)

/** Per group, 1 when one of its literals may occur in the message (ungated groups are left 0: the caller runs them). */
export function candidateGroups(index: GateIndex, text: string): Uint8Array {
  const g = textGrams(text)
  if (flags.length < index.groups) flags = new Uint8Array(index.groups * 2)
  flags.fill(0, 0, index.groups)
  const { byGram, rest } = index
  for (let k = 0; k < gramCount; k++) {
    const list = byGram[gramList[k]!]
    if (!list) continue
    for (let j = 0; j < list.length; j += 3) {
      const group = list[j]!
      if (flags[group] === 1) continue
      const at = list[j + 1]!
      const n = list[j + 2]!
      let all = true
      for (let r = 0; r < n; r++) {
        const h = rest[at + r]!
        if ((g[h >>> 5]! & (1 << (h & 31))) === 0) {
          all = false
          break
        }
      }
      if (all) flags[group] = 1
    }
  }
  return flags
}

/** False only when no literal of the gate occurs in the text. */
export function mayMatch(gate: LiteralGate | null, text: string): boolean {
  if (!gate) return true
  const g = textGrams(text)
  const { hashes, count } = gate
  let at = 0
  for (let l = 0; l < count.length; l++) {
    const n = count[l]!
    let all = true
    for (let k = 0; k < n; k++) {
      const h = hashes[at + k]!
      if ((g[h >>> 5]! & (1 << (h & 31))) === 0) {
        all = false
        break
      }
    }
    if (all) return true
    at += n
  }
  return false
}
