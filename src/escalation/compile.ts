/**
 * Turns the integration's `escalation` configuration into ready-to-run rules:
 * validates every keyword and regular expression once (at registration and on the
 * first action call) and reports the offending field, e.g. `escalation.patterns[1]`.
 */
import { compileKeywords, foldKeyword, type CompiledKeywords } from './custom-rules'
import { allLanguagesOn, type LanguageSwitches } from './languages'
import { foldString } from './normalize'
import type { DetectorSwitches, EscalationRulesConfig } from './types'
import { anyUserPattern, compileUserPattern, unsupportedFeature, type UserPattern } from './user-pattern'
import type { RE2JS } from 're2js'

export const MAX_KEYWORDS = 500
export const MAX_PATTERNS = 50
export const MAX_PATTERN_LENGTH = 500
export const MAX_KEYWORD_LENGTH = 200

export type CompiledEscalationRules = {
  detectors: DetectorSwitches
  languages: LanguageSwitches
  keywords: CompiledKeywords
  patterns: UserPattern[]
  /** Every pattern in one alternation: one linear pass tells whether any matches. */
  anyPattern: RE2JS | null
}

export class EscalationConfigError extends Error {
  constructor(
    message: string,
    /** Path of the bad field, e.g. `escalation.patterns[1]`. */
    readonly field: string,
    /** The offending keyword or pattern, when there is one. */
    readonly pattern?: string
  ) {
    super(message)
    this.name = 'EscalationConfigError'
  }
}

const FIELD = 'escalation'

// Fold only non-ASCII characters so the pattern matches the folded text ("réclamation"
// -> "reclamation") without touching escapes such as \D or \W.
// oxlint-disable-next-line no-control-regex -- the range is all of ASCII on purpose
const foldPatternSource = (src: string) => src.replace(/[^\x00-\x7f]/gu, (c) => foldString(c))

function compilePattern(source: unknown, index: number): UserPattern {
  const field = `${FIELD}.patterns[${index}]`
  if (typeof source !== 'string') throw new EscalationConfigError(`${field} must be a string`, field)
  const shown = JSON.stringify(source)
  if (source.trim() === '') throw new EscalationConfigError(`${field} is empty`, field, source)
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new EscalationConfigError(
      `Regular expression ${shown} in ${field} is longer than ${MAX_PATTERN_LENGTH} characters`,
      field,
      source
    )
  }
  const unsupported = unsupportedFeature(source)
  if (unsupported)
    throw new EscalationConfigError(
      `Regular expression ${shown} in ${field} cannot be used: ${unsupported}`,
      field,
      source
    )
  try {
    return { ...compileUserPattern(foldPatternSource(source)), source }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    throw new EscalationConfigError(`Invalid regular expression ${shown} in ${field}: ${reason}`, field, source)
  }
}

/** Reads `escalation.<name>`: an object of booleans over the keys of `out` (the defaults). */
function readSwitches<T extends Record<string, boolean>>(value: unknown, name: string, out: T): T {
  if (value === undefined || value === null) return out
  if (typeof value !== 'object' || Array.isArray(value))
    throw new EscalationConfigError(`${FIELD}.${name} must be an object`, `${FIELD}.${name}`)
  for (const key of Object.keys(out) as (keyof T & string)[]) {
    const v = (value as Record<string, unknown>)[key]
    if (v === undefined) continue
    if (typeof v !== 'boolean')
      throw new EscalationConfigError(`${FIELD}.${name}.${key} must be true or false`, `${FIELD}.${name}.${key}`)
    out[key] = v as T[keyof T & string]
  }
  return out
}

function readList(value: unknown, name: 'keywords' | 'patterns', max: number): unknown[] {
  if (value === undefined || value === null) return []
  const field = `${FIELD}.${name}`
  if (!Array.isArray(value)) throw new EscalationConfigError(`${field} must be a list of strings`, field)
  if (value.length > max)
    throw new EscalationConfigError(`${field} has ${value.length} entries; at most ${max} are allowed`, field)
  return value
}

export function compileEscalationRules(config: EscalationRulesConfig = {}): CompiledEscalationRules {
  if (typeof config !== 'object' || config === null)
    throw new EscalationConfigError(`${FIELD} must be an object`, FIELD)
  const detectors = readSwitches(config.detectors, 'detectors', {
    humanRequest: true,
    sensitiveData: true,
    legal: true,
    frustration: true,
    model: true,
  } as DetectorSwitches)
  const languages = readSwitches(config.languages, 'languages', allLanguagesOn())

  const keywords = readList(config.keywords, 'keywords', MAX_KEYWORDS).map((k, i) => {
    const field = `${FIELD}.keywords[${i}]`
    if (typeof k !== 'string') throw new EscalationConfigError(`${field} must be a string`, field)
    if (foldKeyword(k) === '')
      throw new EscalationConfigError(`Keyword ${JSON.stringify(k)} in ${field} is empty`, field, k)
    if (k.length > MAX_KEYWORD_LENGTH)
      throw new EscalationConfigError(`Keyword in ${field} is longer than ${MAX_KEYWORD_LENGTH} characters`, field, k)
    return k
  })
  const patterns = readList(config.patterns, 'patterns', MAX_PATTERNS).map(compilePattern)
  return { detectors, languages, keywords: compileKeywords(keywords), patterns, anyPattern: anyUserPattern(patterns) }
}
