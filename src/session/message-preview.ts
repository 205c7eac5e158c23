/** How much of a message the queue shows: enough to know what changed, small enough for a tag (500 characters). */
export const PREVIEW_CHARS = 140

const str = (value: unknown) => (typeof value === 'string' ? value : '')

const partText = (type: string, payload: Record<string, unknown>): string => {
  if (type === 'text') return str(payload.text)
  if (type === 'markdown') return str(payload.markdown)
  if (type === 'bloc' && Array.isArray(payload.items))
    return payload.items
      .map((i: { type?: unknown; payload?: unknown }) =>
        typeof i?.payload === 'object' && i.payload ? partText(str(i.type), i.payload as Record<string, unknown>) : ''
      )
      .filter(Boolean)
      .join(' ')
  // Media: the kind, then its title when it has one ("[image] Return label").
  return `[${type}]${str(payload.title) ? ` ${str(payload.title)}` : ''}`
}

/** A message's words as one line: its text, its parts' text, or the kind and title of a media. */
export const messageText = (type: string, payload: Record<string, unknown>): string =>
  partText(type, payload).replace(/\s+/g, ' ').trim()

/** The first characters of a message as one line: what the queue shows under the session. */
export const messagePreview = (type: string, payload: Record<string, unknown>): string => {
  const line = messageText(type, payload)
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line
}
