import type { Agent, SessionDetail } from './desk-api'

export type Change = SessionDetail['timeline'][number]

const fallbackNames = { agent: 'An agent', 'end-user': 'The end user', bot: 'The bot', system: 'Botpress' }

/** Who did it, as the signed-in agent reads it: "You" for themself. */
export const actorName = (by: Change['by'], me: Pick<Agent, 'email'>) =>
  by.email === me.email ? 'You' : (by.name ?? fallbackNames[by.kind])

/**
 * What the change did, after the actor's name. An agent who assigned the session to themself took it ("Maya took
 * the session", not "Maya assigned the session to Maya"); the agent who got it is "you" in their own tab.
 */
export const changeText = (change: Change, me: Pick<Agent, 'email'>) => {
  if (change.to === 'assigned') {
    const agent = change.agent
    const self = agent?.email !== undefined && agent.email === change.by.email
    if (self) return change.from === 'assigned' ? 'took the session over' : 'took the session'
    const target = agent?.email === me.email ? ' to you' : agent?.name ? ` to ${agent.name}` : ''
    return change.from === 'assigned' ? `transferred the session${target}` : `assigned the session${target}`
  }
  if (change.to === 'closed') return 'closed the session'
  return `moved the session to ${change.to}`
}
