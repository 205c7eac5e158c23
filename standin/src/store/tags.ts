// Tag rules of the runtime API: string values of at most 500 characters; an integration may only
// use the tags its definition declares and they are stored under its installation's alias
// (`support:status` when installed as `support`, whatever its published name); the bot sees and
// filters them with that prefix; updates merge and an empty value removes the tag.
import { type Caller, ownerOf } from './caller'
import { invalid } from '../http/api-errors'
import type { IntegrationDefinitionLike } from './registry'

export type Tags = Record<string, string>
export type TagEntity = 'user' | 'conversation' | 'message'

export const MAX_TAG_VALUE = 500

/** Tag names an integration declared for this kind of entity (for all channels when `channel` is unknown). */
export const declaredTags = (def: IntegrationDefinitionLike, entity: TagEntity, channel?: string): Set<string> => {
  if (entity === 'user') return new Set(Object.keys(def.user?.tags ?? {}))
  const channels = channel ? [def.channels?.[channel]] : Object.values(def.channels ?? {})
  const names = new Set<string>()
  for (const ch of channels) for (const name of Object.keys(ch?.[entity]?.tags ?? {})) names.add(name)
  return names
}

const checkValue = (key: string, value: unknown) => {
  if (typeof value !== 'string') throw invalid(`Tag "${key}" must be a string`)
  if (value.length > MAX_TAG_VALUE)
    throw invalid(`Tag "${key}" is longer than ${MAX_TAG_VALUE} characters (${value.length})`)
}

/** Turns tags written (or filtered on) by `caller` into their stored names, refusing undeclared ones. */
export const toStoredTags = (
  caller: Caller,
  tags: Record<string, unknown> | undefined,
  entity: TagEntity,
  channel?: string
): Tags => {
  const stored: Tags = {}
  if (!tags) return stored
  if (caller.role === 'bot') {
    for (const [key, value] of Object.entries(tags)) {
      checkValue(key, value)
      stored[key] = value as string
    }
    return stored
  }
  const declared = declaredTags(caller.integration.definition, entity, channel)
  for (const [key, value] of Object.entries(tags)) {
    checkValue(key, value)
    if (!declared.has(key)) {
      const where = entity === 'user' ? 'user tags' : `${entity} tags${channel ? ` of channel "${channel}"` : ''}`
      throw invalid(`Tag "${key}" is not declared in the ${where} of integration "${caller.integration.name}"`)
    }
    stored[`${ownerOf(caller)}:${key}`] = value as string
  }
  return stored
}

/** Stored name of one tag key as written by the caller (for `discriminateByTags`, `listTagValues`). */
export const toStoredKey = (caller: Caller, key: string): string =>
  caller.role === 'integration' ? `${ownerOf(caller)}:${key}` : key

/** What `caller` sees: the bot sees everything; an integration only its own tags, unprefixed. */
export const viewTags = (caller: Caller, stored: Tags): Tags => {
  if (caller.role === 'bot') return { ...stored }
  const prefix = `${ownerOf(caller)}:`
  const seen: Tags = {}
  for (const [key, value] of Object.entries(stored)) if (key.startsWith(prefix)) seen[key.slice(prefix.length)] = value
  return seen
}

export const mergeTags = (current: Tags, update: Tags): Tags => {
  const merged = { ...current }
  for (const [key, value] of Object.entries(update)) {
    if (value === '') delete merged[key]
    else merged[key] = value
  }
  return merged
}

/** Drops empty values on creation (an empty value means "no tag"). */
export const withoutEmpty = (tags: Tags): Tags => mergeTags({}, tags)

export const tagsMatch = (stored: Tags, filter: Tags): boolean =>
  Object.entries(filter).every(([k, v]) => stored[k] === v)
