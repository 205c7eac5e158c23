import {
  SAVED_REPLY_LIMITS,
  type SavedReplyRecord,
  savedReplyVariables,
  VARIABLE_PATTERN,
} from '../definitions/saved-replies'

/** What a saved-reply write decides, without I/O: the record to write, nothing (a retry), or a refusal. */
export type ReplyDecision =
  | { kind: 'write'; record: SavedReplyRecord }
  | { kind: 'unchanged'; record: SavedReplyRecord }
  | { kind: 'refused'; reason: string; conflict?: { field: string; holder?: { name: string; email: string } } }

type Editor = { email: string; name: string }
type Replies = Record<string, SavedReplyRecord>

const known = new Set<string>(savedReplyVariables)

/** Every `{{…}}` in the text that is not a known variable, as written. */
export const unknownVariables = (text: string) =>
  [...text.matchAll(VARIABLE_PATTERN)].filter((m) => !known.has(m[1]!)).map((m) => m[0])

/** Title and text trimmed, non-blank, bounded and holding only known variables; else the sentence naming the field. */
export const checkContent = (action: string, title: string, text: string) => {
  const t = title.trim()
  const body = text.trim()
  if (!t) return { refused: `${action}: title: must not be blank.` }
  if (!body) return { refused: `${action}: text: must not be blank.` }
  if (t.length > SAVED_REPLY_LIMITS.titleChars)
    return { refused: `${action}: title: at most ${SAVED_REPLY_LIMITS.titleChars} characters (got ${t.length}).` }
  if (body.length > SAVED_REPLY_LIMITS.textChars)
    return {
      refused: `${action}: text: at most ${SAVED_REPLY_LIMITS.textChars.toLocaleString('en')} characters (got ${body.length.toLocaleString('en')}).`,
    }
  const unknown = unknownVariables(body)
  if (unknown.length > 0)
    return {
      refused: `${action}: text: unknown variable ${unknown[0]}; use ${savedReplyVariables.map((v) => `{{${v}}}`).join(' or ')}.`,
    }
  return { title: t, text: body }
}

/** A record of the state by id, never through the prototype (`__proto__` is just a missing id). */
export const recordOf = (replies: Replies, id: string) => (Object.hasOwn(replies, id) ? replies[id] : undefined)

const live = (replies: Replies) => Object.values(replies).filter((r) => !r.deleted)

/** The state's size once `record` replaces its key: it must stay under what Botpress takes in one state. */
const fits = (replies: Replies, record: SavedReplyRecord) =>
  Buffer.byteLength(JSON.stringify({ ...replies, [record.id]: record })) <= SAVED_REPLY_LIMITS.stateBytes

const full = (action: string) =>
  `${action}: the saved replies are full (${Math.round(SAVED_REPLY_LIMITS.stateBytes / 1000)} KB, the most one Botpress state holds with room to spare): delete some first.`

export const decideCreate = (
  replies: Replies,
  input: { id: string; title: string; text: string; idempotencyKey: string; by: Editor; at: number }
): ReplyDecision => {
  const content = checkContent('createSavedReply', input.title, input.text)
  if ('refused' in content) return { kind: 'refused', reason: content.refused! }
  const earlier = recordOf(replies, input.id)
  if (earlier) {
    // A retried create finds its own reply; the same key for other words is a mistake worth saying.
    if (earlier.title === content.title && earlier.text === content.text) return { kind: 'unchanged', record: earlier }
    return {
      kind: 'refused',
      reason: `createSavedReply: idempotencyKey "${input.idempotencyKey}" was already used for another saved reply.`,
      conflict: { field: 'idempotencyKey' },
    }
  }
  if (live(replies).length >= SAVED_REPLY_LIMITS.replies)
    return {
      kind: 'refused',
      reason: `createSavedReply: at most ${SAVED_REPLY_LIMITS.replies} saved replies; delete one first.`,
    }
  const record: SavedReplyRecord = {
    id: input.id,
    title: content.title,
    text: content.text,
    revision: 1,
    deleted: false,
    idempotencyKey: input.idempotencyKey,
    createdAt: input.at,
    updatedAt: input.at,
    updatedBy: input.by,
  }
  return fits(replies, record) ? { kind: 'write', record } : { kind: 'refused', reason: full('createSavedReply') }
}

/** The reply the caller read, still as they read it; else who changed it since (409) or that it is gone. */
const current = (action: string, replies: Replies, id: string, revision: number): ReplyDecision => {
  const record = recordOf(replies, id)
  if (!record || (record.deleted && action !== 'deleteSavedReply'))
    return { kind: 'refused', reason: `${action}: no saved reply ${id} (it may have been deleted).` }
  if (record.revision === revision) return { kind: 'unchanged', record }
  const by = record.updatedBy
  return {
    kind: 'refused',
    reason: `${action}: ${by.name} ${record.deleted ? 'deleted' : 'changed'} this saved reply since you read it (revision ${record.revision}, you read ${revision}); read it again.`,
    conflict: { field: 'revision', holder: by },
  }
}

export const decideUpdate = (
  replies: Replies,
  input: { id: string; revision: number; title: string; text: string; by: Editor; at: number }
): ReplyDecision => {
  const content = checkContent('updateSavedReply', input.title, input.text)
  if ('refused' in content) return { kind: 'refused', reason: content.refused! }
  const found = current('updateSavedReply', replies, input.id, input.revision)
  if (found.kind !== 'unchanged') return found
  const record = {
    ...found.record,
    title: content.title,
    text: content.text,
    revision: found.record.revision + 1,
    updatedAt: input.at,
    updatedBy: input.by,
  }
  return fits(replies, record) ? { kind: 'write', record } : { kind: 'refused', reason: full('updateSavedReply') }
}

export const decideDelete = (
  replies: Replies,
  input: { id: string; revision: number; by: Editor; at: number }
): ReplyDecision => {
  const record = recordOf(replies, input.id)
  // Deleting what is already deleted (a retry, or two agents at once) is done.
  if (record?.deleted) return { kind: 'unchanged', record }
  const found = current('deleteSavedReply', replies, input.id, input.revision)
  if (found.kind !== 'unchanged') return found
  return {
    kind: 'write',
    // A marker of the same shape, emptied: Botpress does not publish what patchState does with null.
    record: {
      ...found.record,
      title: '',
      text: '',
      deleted: true,
      revision: found.record.revision + 1,
      updatedAt: input.at,
      updatedBy: input.by,
    },
  }
}
