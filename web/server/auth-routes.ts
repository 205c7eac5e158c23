import { z } from '@botpress/sdk'
import { Hono } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import {
  type SessionOptions,
  type SignedInEnv,
  endAgentSession,
  readAgentSession,
  requireAgent,
  startAgentSession,
} from './agent-session'
import { body, refuse } from './edge'
import { verifyPassword } from './passwords'
import { type Roster, publicAgent } from './roster'
import { SignInLimiter } from './sign-in-limiter'

type Deps = {
  roster: Roster
  session: SessionOptions
  demo: boolean
  /** Behind a load balancer every request comes from it: the caller is the last X-Forwarded-For entry. */
  trustProxy?: boolean
}

const signInBody = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) })
const demoBody = z.object({ agentId: z.string().max(100) })

/** A hash to compare against when the email is unknown: the answer takes as long as for a known agent. */
const DECOY_HASH = 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'

const addressOf = (c: Context, trustProxy: boolean) => {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined
  if (forwarded) return forwarded
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // in-process requests (tests) have no socket
  }
}

/**
 * Signing in and out. Agents of the roster sign in with their password (scrypt), at most 5 failures per
 * email and 20 per address in 15 minutes; the offline demo's agents sign in with one click.
 */
export const authRoutes = ({ roster, session, demo, trustProxy = false }: Deps) => {
  const byEmail = new SignInLimiter(5)
  const byAddress = new SignInLimiter(20)
  const signedIn = async (c: Context, agent: Parameters<typeof startAgentSession>[1]) => {
    const csrfToken = await startAgentSession(c, agent, session)
    return c.json({ agent: publicAgent(agent), csrfToken })
  }

  return new Hono<SignedInEnv>()
    .get('/options', (c) =>
      c.json({
        demo,
        demoAgents: demo
          ? roster
              .agents()
              .filter((a) => a.demo)
              .map(publicAgent)
          : [],
      })
    )
    .get('/me', async (c) => {
      const current = await readAgentSession(c, roster, session)
      if (!current) return c.json({ error: 'Not signed in' }, 401)
      return c.json({
        agent: publicAgent(current.agent),
        csrfToken: current.csrfToken,
        agents: roster.agents().map(publicAgent),
        demo,
      })
    })
    .post('/sign-in', body(signInBody), async (c) => {
      const { email, password } = c.req.valid('json')
      const keys = [`email:${email.toLowerCase()}`]
      const addressKeys = [`address:${addressOf(c, trustProxy)}`]
      const wait = Math.max(byEmail.retryAfterMs(keys), byAddress.retryAfterMs(addressKeys))
      if (wait > 0) {
        c.header('retry-after', String(Math.ceil(wait / 1000)))
        return refuse(429, `Too many failed sign-ins: try again in ${Math.ceil(wait / 60_000)} minutes`)
      }
      const agent = roster.byEmail(email)
      const ok = await verifyPassword(password, agent?.passwordHash ?? DECOY_HASH)
      if (!agent || !agent.passwordHash || !ok) {
        byEmail.fail(keys)
        byAddress.fail(addressKeys)
        return refuse(401, 'Wrong email or password')
      }
      byEmail.succeed(keys)
      return signedIn(c, agent)
    })
    .post('/demo', body(demoBody), async (c) => {
      const agent = demo ? roster.agents().find((a) => a.demo && a.id === c.req.valid('json').agentId) : undefined
      if (!agent) return refuse(404, 'No demo agent by that name: one-click sign-in exists only in the offline demo')
      return signedIn(c, agent)
    })
    .post('/sign-out', requireAgent(roster, session), (c) => {
      endAgentSession(c, session)
      return c.json({ signedOut: true })
    })
}
