import type { RosterEntry } from './roster'

/** The offline demo's three agents: no password, one-click sign-in, marked as demo. Avatars are served here. */
const demoAgents = [
  { id: 'maya', name: 'Maya Okafor', email: 'maya.okafor@northwind.example', role: 'Support lead' },
  { id: 'liam', name: 'Liam Chen', email: 'liam.chen@northwind.example', role: 'Billing specialist' },
  { id: 'sofia', name: 'Sofia Ramirez', email: 'sofia.ramirez@northwind.example', role: 'Support agent' },
] as const

export const demoAgentsAt = (baseUrl: string): RosterEntry[] =>
  demoAgents.map((a) => ({ ...a, pictureUrl: `${baseUrl}/avatars/${a.id}.svg`, demo: true }))
