// Lists come back in fixed-size pages with an opaque `meta.nextToken`. The token is a cursor on
// (sort value, sequence) rather than an offset, so records created while paging do not shift pages.
import { ApiError } from '../http/api-errors'

/** Botpress does not publish its page sizes; 20 is a realistic size that makes "first page only" bugs visible. */
export const DEFAULT_PAGE_SIZE = 20

type Sortable = { seq: number }
type Cursor = [string, number]

export const paginate = <T extends Sortable>(
  items: T[],
  opts: { sortValue: (item: T) => string; direction: 'asc' | 'desc'; nextToken?: string; pageSize: number }
): { items: T[]; nextToken?: string } => {
  const sign = opts.direction === 'asc' ? 1 : -1
  const key = (item: T): Cursor => [opts.sortValue(item), item.seq]
  const compare = (a: Cursor, b: Cursor) => sign * (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])
  const sorted = [...items].sort((a, b) => compare(key(a), key(b)))
  const after = opts.nextToken ? decode(opts.nextToken) : undefined
  const rest = after ? sorted.filter((item) => compare(key(item), after) > 0) : sorted
  const pageItems = rest.slice(0, opts.pageSize)
  const last = pageItems[pageItems.length - 1]
  return { items: pageItems, nextToken: rest.length > opts.pageSize && last ? encode(key(last)) : undefined }
}

/** A list operation's answer: the page's items under their name, and `meta.nextToken` when there is more. */
export const pageAnswer = <T, V>(name: string, page: { items: T[]; nextToken?: string }, view: (item: T) => V) => ({
  body: { [name]: page.items.map(view), meta: page.nextToken ? { nextToken: page.nextToken } : {} },
})

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url')

const decode = (token: string): Cursor => {
  try {
    const cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    if (Array.isArray(cursor) && typeof cursor[0] === 'string' && typeof cursor[1] === 'number') return cursor as Cursor
  } catch {
    // fall through to the error below
  }
  throw new ApiError('InvalidQuery', `Invalid nextToken "${token}"`)
}
