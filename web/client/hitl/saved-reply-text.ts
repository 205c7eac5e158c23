import { VARIABLE_PATTERN } from '../../../src/definitions/saved-reply-limits'
import type { SavedReply } from './desk-api'

/** Who the variables stand for in this session. */
export type ReplyValues = { endUserName?: string; agentName: string }

/**
 * The reply as the agent will send it: `{{endUser.name}}` and `{{agent.name}}` replaced by their values, as
 * plain text (the composer is a text field, nothing is parsed as HTML). An end user without a name reads
 * "there" ("Hi there"). Anything else in braces is left as written: the integration refuses to save it.
 */
export const fillVariables = (text: string, values: ReplyValues) =>
  text.replace(VARIABLE_PATTERN, (whole, name: string) =>
    name === 'endUser.name' ? (values.endUserName ?? 'there') : name === 'agent.name' ? values.agentName : whole
  )

/** The saved replies whose title or text holds what the agent typed after "/", titles first. */
export const matchReplies = (replies: SavedReply[], query: string) => {
  const q = query.trim().toLowerCase()
  if (!q) return replies
  const inTitle = replies.filter((r) => r.title.toLowerCase().includes(q))
  return [...inTitle, ...replies.filter((r) => !inTitle.includes(r) && r.text.toLowerCase().includes(q))]
}

/** What follows "/" when the draft is a saved-reply search ("/ref" → "ref"); undefined otherwise. */
export const slashQuery = (draft: string) => /^\/([^\n]*)$/.exec(draft)?.[1]
