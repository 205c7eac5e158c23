/**
 * The languages the built-in phrase rules speak, and the choice of which of them run.
 * Each phrase rule is tagged with the languages it is written in; a bot builder who
 * serves only some of them switches the others off, which saves time and false alarms.
 */
import { compilePhraseSet, type PhraseRule, type PhraseSet } from './phrase-rules'

export const builtinLanguages = ['en', 'fr', 'es', 'de', 'pt', 'it', 'nl'] as const
export type BuiltinLanguage = (typeof builtinLanguages)[number]
export type LanguageSwitches = Record<BuiltinLanguage, boolean>

export type TaggedRule = PhraseRule & { langs: readonly BuiltinLanguage[] }

/** Tags a block of rules written in the given languages. */
export const inLanguages = (langs: readonly BuiltinLanguage[], rules: readonly PhraseRule[]): TaggedRule[] =>
  rules.map((r) => ({ ...r, langs }))

export const allLanguagesOn = (): LanguageSwitches =>
  Object.fromEntries(builtinLanguages.map((l) => [l, true])) as LanguageSwitches

const languageKey = (on: LanguageSwitches) => builtinLanguages.filter((l) => on[l]).join(',')

/**
 * The merged rules of the enabled languages, compiled once per set of languages (a few
 * distinct configurations per process) so an action call never recompiles them.
 */
export function rulesFor(all: readonly TaggedRule[]): (on: LanguageSwitches) => PhraseSet {
  const cache = new Map<string, PhraseSet>()
  return (on) => {
    const key = languageKey(on)
    let hit = cache.get(key)
    if (!hit) {
      hit = compilePhraseSet(all.filter((r) => r.langs.some((l) => on[l])))
      cache.set(key, hit)
    }
    return hit
  }
}
