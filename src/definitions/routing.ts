import { z } from '@botpress/sdk'

export const presences = ['online', 'away', 'offline'] as const
export const routingModes = ['off', 'roundRobin', 'leastBusy'] as const

/**
 * An agent's presence counts only while they confirm it: the HITL tab confirms every few minutes while
 * open, so a tab closed without "offline" reads as offline once this long has passed.
 */
export const PRESENCE_STALE_MS = 15 * 60_000
/** How often an open tab confirms its agent's presence (well under the staleness limit). */
export const PRESENCE_HEARTBEAT_MS = 5 * 60_000

const routingAgent = z.object({
  email: z.string().email().max(320).describe('The agent, by the email they sign in to the HITL tab with'),
  teams: z
    .array(z.string().trim().min(1).max(100))
    .max(20)
    .default([])
    .describe("Categories this agent takes (matched against the session's category, ignoring case); none: any"),
  capacity: z
    .number()
    .int()
    .min(0)
    .max(100)
    .optional()
    .describe('Most sessions assigned to this agent at once before auto-assignment skips them (0: never)'),
})

export const routingConfigSchema = z
  .object({
    mode: z
      .enum(routingModes)
      .default('off')
      .describe('off: agents take sessions themselves; roundRobin: online agents in turn; leastBusy: fewest assigned'),
    defaultCapacity: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe('Capacity of an agent with no capacity of their own, or not listed'),
    agents: z
      .array(routingAgent)
      .max(200)
      .default([])
      .describe('Teams and capacity per agent; an online agent not listed takes any category at the default capacity')
      .superRefine((agents, ctx) => {
        const seen = new Set<string>()
        agents.forEach(({ email }, i) => {
          const key = email.trim().toLowerCase()
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'email'], message: `${email} is listed twice` })
          seen.add(key)
        })
      }),
  })
  .title('Routing')

export type RoutingConfig = z.infer<typeof routingConfigSchema>
export type Presence = (typeof presences)[number]
