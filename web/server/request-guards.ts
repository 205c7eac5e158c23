import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'

export const MAX_BODY_BYTES = 64 * 1024
export const MAX_JSON_DEPTH = 20

/**
 * The Host (and, on writes, the Origin) must be the desk's own: a page on another site, or one reached
 * through a rebound DNS name, cannot drive the desk with the agent's cookie.
 */
export const sameOrigin =
  (origins: () => string[]): MiddlewareHandler =>
  async (c, next) => {
    const allowed = origins()
    const host = new URL(c.req.url).host
    if (!allowed.some((o) => new URL(o).host === host))
      throw new HTTPException(421, { message: `Unknown host ${host}: this desk answers at ${allowed.join(', ')}` })
    const origin = c.req.header('origin')
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined && !allowed.includes(origin))
      throw new HTTPException(403, { message: `Requests from ${origin} are not accepted by this desk` })
    await next()
  }

/** Bodies over the limit are refused before they are read whole, with a 413 that names the limit. */
export const bodySizeLimit = (maxSize = MAX_BODY_BYTES) =>
  bodyLimit({
    maxSize,
    onError: (c) => c.json({ error: `The request body is larger than ${maxSize / 1024} KB, the limit` }, 413),
  })

/** How deeply a parsed JSON value nests, counted without recursion (a hostile body cannot overflow the stack). */
export const depthOf = (value: unknown, stopAt = MAX_JSON_DEPTH + 1): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (node === null || typeof node !== 'object') continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest >= stopAt) return deepest
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return deepest
}
