import { RuntimeError } from '@botpress/sdk'
import { listPresence } from '../agents/presence'
import { orIfMissing } from '../api/errors'
import type { RoutingConfig } from '../definitions/routing'
import type { Client, Logger } from '../integration-types'
import { assignSession } from '../session/assign-session'
import { AUTO_ASSIGNER, queueOrder } from '../session/rules'
import type { Session } from '../session/session'
import { listAll } from '../session/list-all'
import { sessionPage, sessionsOf } from '../session/session-pages'
import type { Announce } from '../webhooks/session-announcer'
import { assignedLoad } from './assigned-load'
import { chooseAgent, routingOf, type Candidate } from './choose-agent'
import { parseRouting } from './routing-config'

/** At most this many online agents are weighed (each costs one read of their load). */
const MAX_CANDIDATES = 20
/** A freed slot or an agent coming online offers at most this many of the oldest pending sessions. */
const MAX_OFFERS = 10
/** Pending sessions are read in pages, newest first: this many pages bound the read (the queue reads them all). */
const MAX_PENDING_PAGES = 5

export type Routing = {
  client: Client
  configuration: { routing?: RoutingConfig }
  integrationId: string
  logger: Logger
  announce: Announce
}

/** The routing of an action call: its client, the installation's configuration and id, its logger and announcer. */
export const routingFor = (props: {
  client: Client
  ctx: { configuration: { routing?: RoutingConfig }; integrationId: string }
  logger: Logger
  announce: Announce
}): Routing => ({
  client: props.client,
  configuration: props.ctx.configuration,
  integrationId: props.ctx.integrationId,
  logger: props.logger,
  announce: props.announce,
})

const cursorState = (integrationId: string) => ({
  type: 'integration' as const,
  id: integrationId,
  name: 'routingCursor' as const,
})

/** Registration refuses a routing table that does not parse; one that slipped through routes nothing. */
const configOf = (routing: Routing): RoutingConfig => {
  const parsed = parseRouting(routing.configuration.routing)
  if ('config' in parsed) return parsed.config
  routing.logger.forBot().warn(`Auto-assignment off: ${parsed.problem}`)
  return { mode: 'off', defaultCapacity: 1, agents: [] }
}

/** Online agents who may take sessions at all, with how many they hold now. */
const candidatesOf = async (client: Client, config: RoutingConfig): Promise<Candidate[]> => {
  const online = (await listPresence(client, 'online'))
    .filter((a) => a.presence === 'online' && routingOf(config, a.email).capacity > 0)
    .slice(0, MAX_CANDIDATES)
  return Promise.all(
    online.map(async (a) => ({
      agent: { userId: a.userId, email: a.email, name: a.name ?? a.email },
      load: await assignedLoad(client, a.userId, routingOf(config, a.email).capacity),
    }))
  )
}

/** What is read before anything is written; failing here writes nothing, so the sessions just stay pending. */
const readRouting = async ({ client, integrationId, logger }: Routing, config: RoutingConfig) => {
  try {
    const candidates = await candidatesOf(client, config)
    if (!candidates.length || config.mode !== 'roundRobin') return { candidates }
    const found = await orIfMissing(client.getState(cursorState(integrationId)), undefined)
    return { candidates, lastEmail: found?.state.payload.lastEmail }
  } catch (err) {
    logger.forBot().warn(`Auto-assignment skipped, the sessions stay pending: ${(err as Error).message}`)
    return { candidates: [] }
  }
}

/**
 * Offers pending sessions to online agents under the configured rule. Each assignment is a take through the same
 * claim as "Assign to me" (by `system`, the rule as its reason): a manual take crossing it wins or loses whole,
 * and a retry after a crash finishes the same take. A session someone took meanwhile is skipped. The round robin
 * cursor is written after the assignments: two instances routing at once may pick the same next agent (fairness is
 * best-effort, never a double assignment). Returns the sessions assigned.
 */
export const offerSessions = async (routing: Routing, sessions: Session[]): Promise<Session[]> => {
  const config = configOf(routing)
  const pending = sessions.filter((s) => s.status === 'pending').sort(queueOrder)
  if (config.mode === 'off' || !pending.length) return []
  let { candidates, lastEmail } = await readRouting(routing, config)
  if (!candidates.length) return []

  const assigned: Session[] = []
  for (const session of pending) {
    const choice = chooseAgent(config, session.category, candidates, lastEmail)
    if (!choice) continue
    const result = await assignSession(routing.client, session, {
      agent: choice.agent,
      by: AUTO_ASSIGNER,
      intent: { kind: 'take' },
      reason: choice.why,
    }).catch((err) => {
      // Refused: taken or closed meanwhile. Anything else (Botpress down mid-take) is the caller's to retry.
      if (err instanceof RuntimeError) return undefined
      throw err
    })
    if (result?.assignee?.userId !== choice.agent.userId) continue
    candidates = candidates.map((c) => (c.agent.userId === choice.agent.userId ? { ...c, load: c.load + 1 } : c))
    lastEmail = choice.agent.email
    await routing.announce('session.assigned', result, `${result.assignedAt}:${choice.agent.userId}`)
    assigned.push(result)
  }
  if (config.mode === 'roundRobin' && lastEmail && assigned.length) {
    await routing.client.setState({ ...cursorState(routing.integrationId), payload: { lastEmail, at: Date.now() } })
  }
  return assigned
}

/**
 * The plugin's startHitl calls ours, and only once it returns links the conversations and marks its own session
 * active; until then its hitlAssigned handler drops the event (and its assignment timeout may later stop a session an
 * agent holds). So a new session is offered only once it is this old: by then the plugin has activated it.
 */
export const OFFER_GRACE_MS = 2_000

/** What an offer of the pending sessions did: `waiting` counts those left out only because they are too new. */
export type PendingOffer = { enabled: boolean; assigned: Session[]; waiting: number }

/**
 * When an agent comes online, a slot frees or the desk's loop asks: the first pending sessions in queue order, of
 * those at least OFFER_GRACE_MS old, are offered.
 */
export const offerPending = async (routing: Routing, now = Date.now()): Promise<PendingOffer> => {
  if (configOf(routing).mode === 'off') return { enabled: false, assigned: [], waiting: 0 }
  const items = await listAll(
    (nextToken) => sessionPage(routing.client, 'pending', {}, nextToken),
    MAX_PENDING_PAGES
  ).catch((err: Error) => {
    routing.logger.forBot().warn(`Auto-assignment skipped, the sessions stay pending: ${err.message}`)
    return []
  })
  const pending = sessionsOf(items)
  const settled = pending.filter((s) => now - s.createdAt >= OFFER_GRACE_MS)
  const assigned = await offerSessions(routing, settled.sort(queueOrder).slice(0, MAX_OFFERS))
  return { enabled: true, assigned, waiting: pending.length - settled.length }
}

/** A session its agent no longer holds (handed back, stopped, transferred) frees a slot: pending sessions are offered. */
export const offerFreedSlot = async (routing: Routing, before: Session, after: Session): Promise<void> => {
  if (before.status !== 'assigned') return
  if (after.status === 'closed' || after.assignee?.userId !== before.assignee?.userId) await offerPending(routing)
}

/** A take interrupted longer ago than this was finished by the claim's next holder or is beyond a retry. */
const INTERRUPTED_WINDOW_MS = 10 * 60_000

/**
 * An automatic take the integration died in the middle of (its tags say assigned, its event or timeline entry may
 * be missing): finished as a retried manual take is, its event once, its timeline entry, the claim released. One
 * page of automatic assignments is read, and those made within INTERRUPTED_WINDOW_MS are finished.
 */
export const finishInterruptedOffers = async ({ client }: Routing, now = Date.now()): Promise<void> => {
  const { items } = await sessionPage(client, 'assigned', { assignedBy: AUTO_ASSIGNER.email, assignedFrom: 'pending' })
  const recent = sessionsOf(items).filter(
    (s) => s.assignedAt !== undefined && now - s.assignedAt < INTERRUPTED_WINDOW_MS
  )
  for (const session of recent) await finishAutoAssignment(client, session)
}

/** An automatic take written by an attempt that died: the take is finished, never made again. */
const finishAutoAssignment = async (client: Client, session: Session): Promise<void> => {
  if (session.status !== 'assigned' || session.assignedBy?.email !== AUTO_ASSIGNER.email || !session.assignee) return
  if (session.assignedFrom !== 'pending') return
  await assignSession(client, session, {
    agent: session.assignee,
    by: AUTO_ASSIGNER,
    intent: { kind: 'take' },
    reason: session.assignReason,
  })
}
