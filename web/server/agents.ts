/** The workspace members who answer in the local HITL tab. Avatars are served by this server. */
export type Agent = { id: string; name: string; email: string; pictureUrl: string; role: string }

const roster = [
  { id: 'maya', name: 'Maya Okafor', email: 'maya.okafor@northwind.example', role: 'Support lead' },
  { id: 'liam', name: 'Liam Chen', email: 'liam.chen@northwind.example', role: 'Billing specialist' },
  { id: 'sofia', name: 'Sofia Ramirez', email: 'sofia.ramirez@northwind.example', role: 'Support agent' },
] as const

export const agentsAt = (baseUrl: string): Agent[] =>
  roster.map((a) => ({ ...a, pictureUrl: `${baseUrl}/avatars/${a.id}.svg` }))

/** What the desk actions need to know about an agent. */
export const identityOf = (agent: Agent) => ({ email: agent.email, name: agent.name, pictureUrl: agent.pictureUrl })
