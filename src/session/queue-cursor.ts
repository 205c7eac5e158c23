import { refuse } from '../api/errors'

/**
 * Where the HITL tab's queue resumes: open sessions are ordered here (priority, waiting time), so they
 * resume at an offset; closed ones come straight from Botpress's own pages, so they resume at a position
 * in one of its pages. The token is ours to read back: anything else is refused, never guessed.
 */
export type QueueCursor = { part: 'open'; offset: number } | { part: 'closed'; skip: number; token?: string }

export const START: QueueCursor = { part: 'open', offset: 0 }

export const encodeCursor = (cursor: QueueCursor): string =>
  cursor.part === 'open' ? `o:${cursor.offset}` : `c:${cursor.skip}:${cursor.token ?? ''}`

export const decodeCursor = (token: string | undefined): QueueCursor => {
  if (token === undefined) return START
  const open = /^o:(\d+)$/.exec(token)
  if (open) return { part: 'open', offset: Number(open[1]) }
  const closed = /^c:(\d+):(.*)$/s.exec(token)
  if (closed) return { part: 'closed', skip: Number(closed[1]), ...(closed[2] ? { token: closed[2] } : {}) }
  return refuse(`listSessions: nextToken "${token}" is not one this action returned.`)
}
