import { foldString, normalizeText, originalSpan } from '../escalation/normalize'

const EXCERPT_AROUND = 40

/**
 * Where `query` occurs in `text`, ignoring case and accents, with the words around it as the agent typed them;
 * undefined when it does not. Pure: the search action decides what to read, this decides what matches.
 */
export const findIn = (text: string, query: string): string | undefined => {
  const folded = foldString(query).trim()
  if (!folded) return undefined
  const norm = normalizeText(text)
  const at = norm.text.indexOf(folded)
  if (at < 0) return undefined
  const { start, end } = originalSpan(norm, at, at + folded.length)
  const from = Math.max(0, start - EXCERPT_AROUND)
  const to = Math.min(text.length, end + EXCERPT_AROUND)
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`
}
