import { refuse } from '../api/errors'

/**
 * Text an action stores, trimmed and bounded before anything is written: a refusal names the action and the
 * field. Blank is `undefined` (the caller decides whether that is allowed).
 */
export const boundedText = (action: string, field: string, value: string | undefined, max: number) => {
  const text = value?.trim()
  if (!text) return undefined
  if (text.length > max)
    return refuse(
      `${action}: ${field}: at most ${max.toLocaleString('en')} characters (got ${text.length.toLocaleString('en')}).`
    )
  return text
}

/** Like `boundedText`, for a field that must not be blank. */
export const requiredText = (action: string, field: string, value: string | undefined, max: number) =>
  boundedText(action, field, value, max) ?? refuse(`${action}: ${field}: must not be blank.`)

/** Botpress ids are a prefix and a 26-character ULID; anything far longer is not an id. */
export const MAX_ID_LENGTH = 100

/** What the desk actions' schemas allow for a reason and a note, checked again once trimmed. */
export { MAX_NOTE_CHARS, MAX_REASON_CHARS, MAX_REPLY_CHARS } from '../definitions/text-limits'
