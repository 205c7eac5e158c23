import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'
import { HTTPException } from 'hono/http-exception'
import type { Roster, RosterEntry } from './roster'

/**
 * Who is signed in lives only in a signed, HTTP-only cookie: any desk instance holding the same secret
 * reads it, so instances behind a load balancer share nothing else. The CSRF token is derived from the
 * cookie's nonce, so it needs no store either.
 */
export type SessionOptions = {
  secret: string
  /** Cookies only over HTTPS (the `__Host-` prefix): true whenever the desk's origin is https. */
  secure: boolean
  maxAgeSeconds?: number
}

export type SignedInEnv = { Variables: { agent: RosterEntry; csrfToken: string } }

const DEFAULT_MAX_AGE = 12 * 60 * 60
export const CSRF_HEADER = 'x-csrf-token'

type Claims = { e: string; x: number; n: string; f: string }

const cookieName = (opts: SessionOptions) => (opts.secure ? '__Host-hitl-desk' : 'hitl-desk')

/** Changes when the agent's password changes: every cookie issued before stops working. */
const fingerprintOf = (agent: RosterEntry) =>
  createHash('sha256')
    .update(agent.passwordHash ?? `demo:${agent.email}`)
    .digest('base64url')
    .slice(0, 16)

export const csrfTokenOf = (secret: string, nonce: string) =>
  createHmac('sha256', secret).update(`csrf:${nonce}`).digest('base64url')

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export const startAgentSession = async (c: Context, agent: RosterEntry, opts: SessionOptions) => {
  const maxAge = opts.maxAgeSeconds ?? DEFAULT_MAX_AGE
  const nonce = randomBytes(18).toString('base64url')
  const claims: Claims = { e: agent.email, x: Date.now() + maxAge * 1000, n: nonce, f: fingerprintOf(agent) }
  await setSignedCookie(c, cookieName(opts), Buffer.from(JSON.stringify(claims)).toString('base64url'), opts.secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: opts.secure,
    path: '/',
    maxAge,
  })
  return csrfTokenOf(opts.secret, nonce)
}

export const endAgentSession = (c: Context, opts: SessionOptions) =>
  deleteCookie(c, cookieName(opts), { path: '/', secure: opts.secure })

const claimsOf = (value: string): Claims | undefined => {
  try {
    const claims = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Claims>
    const ok = typeof claims.e === 'string' && typeof claims.x === 'number' && typeof claims.n === 'string'
    return ok && typeof claims.f === 'string' ? (claims as Claims) : undefined
  } catch {
    return undefined
  }
}

/** The signed-in agent, if the cookie is genuine, unexpired, and the agent is still on the roster unchanged. */
export const readAgentSession = async (c: Context, roster: Roster, opts: SessionOptions) => {
  const value = await getSignedCookie(c, opts.secret, cookieName(opts))
  const claims = value ? claimsOf(value) : undefined
  if (!claims || claims.x < Date.now()) return undefined
  const agent = roster.byEmail(claims.e)
  if (!agent || fingerprintOf(agent) !== claims.f) return undefined
  return { agent, csrfToken: csrfTokenOf(opts.secret, claims.n) }
}

const isRead = (method: string) => method === 'GET' || method === 'HEAD'

/** Desk routes: a signed-in agent, and on every write the CSRF token that only this agent's page can know. */
export const requireAgent =
  (roster: Roster, opts: SessionOptions): MiddlewareHandler<SignedInEnv> =>
  async (c, next) => {
    const session = await readAgentSession(c, roster, opts)
    if (!session)
      throw new HTTPException(401, { message: 'Sign in first: your desk session is missing or has expired' })
    if (!isRead(c.req.method) && !sameToken(c.req.header(CSRF_HEADER) ?? '', session.csrfToken))
      throw new HTTPException(403, { message: `This change has no valid CSRF token (${CSRF_HEADER}): reload the page` })
    c.set('agent', session.agent)
    c.set('csrfToken', session.csrfToken)
    await next()
  }
