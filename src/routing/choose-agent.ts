/**
 * Which online agent an automatic assignment goes to. Pure: the caller reads who is online, how many
 * sessions each holds and the round-robin cursor, then asks here.
 */
import type { RoutingConfig } from '../definitions/routing'
import type { Agent } from '../session/session'

export type Candidate = { agent: Agent; load: number }
export type Choice = { agent: Agent; why: string }

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** The agent's routing entry: their teams and capacity (an agent not listed takes any category at the default). */
export const routingOf = (config: RoutingConfig, email: string) => {
  const entry = config.agents.find((a) => sameText(a.email, email))
  return { teams: entry?.teams ?? [], capacity: entry?.capacity ?? config.defaultCapacity }
}

/** The team that lets the agent take this category: '' when they take any (no teams, or no category). */
const teamFor = (teams: string[], category: string | undefined): string | undefined => {
  if (!teams.length || !category) return ''
  return teams.find((team) => sameText(team, category))
}

/**
 * Among agents under capacity whose teams match the session's category: round robin takes the first after
 * the last one chosen (by email), least busy the one holding fewest sessions (ties by email). None: undefined.
 */
export const chooseAgent = (
  config: RoutingConfig,
  category: string | undefined,
  candidates: Candidate[],
  lastEmail?: string
): Choice | undefined => {
  if (config.mode === 'off') return undefined
  const eligible = candidates
    .map((c) => ({ ...c, ...routingOf(config, c.agent.email) }))
    .flatMap((c) => {
      const team = teamFor(c.teams, category)
      return team !== undefined && c.load < c.capacity ? [{ ...c, team }] : []
    })
    .sort((a, b) => (a.agent.email < b.agent.email ? -1 : a.agent.email > b.agent.email ? 1 : 0))
  if (!eligible.length) return undefined
  const chosen =
    config.mode === 'roundRobin'
      ? (eligible.find((c) => lastEmail !== undefined && c.agent.email > lastEmail) ?? eligible[0]!)
      : eligible.reduce((best, c) => (c.load < best.load ? c : best))
  const rule = config.mode === 'roundRobin' ? 'round robin' : 'least busy'
  return { agent: chosen.agent, why: `Auto-assigned (${rule}${chosen.team ? `, team ${chosen.team}` : ''})` }
}
