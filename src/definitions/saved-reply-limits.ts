// Plain values, without the SDK: the HITL tab's composer imports them too.

/** Bounds of a saved reply, so that every reply of a bot fits in one state (Botpress refuses more than 128 KB). */
export const SAVED_REPLY_LIMITS = {
  titleChars: 80,
  textChars: 1_000,
  replies: 100,
  /** The state's whole JSON, deleted replies' markers included, stays under this (Botpress: 128 KB). */
  stateBytes: 120_000,
} as const

/** The variables a saved reply may hold; the composer fills them in as text. */
export const savedReplyVariables = ['endUser.name', 'agent.name'] as const
export type SavedReplyVariable = (typeof savedReplyVariables)[number]
/** `{{ name }}` with optional spaces; what is inside is checked against the known variables. */
export const VARIABLE_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g
