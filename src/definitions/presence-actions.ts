import * as sdk from '@botpress/sdk'
import { agentIdentity } from './desk-actions'
import { presences } from './routing'

/** The HITL tab's presence control and the agents' presence it shows; hidden in Studio like the other desk actions. */
const { z } = sdk
const hidden = { ...sdk.WELL_KNOWN_ATTRIBUTES.HIDDEN_IN_STUDIO }

export const agentPresence = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string().optional(),
  presence: z.enum(presences).describe('As the agent set it; offline when stale'),
  presenceAt: z.number().optional().describe('When the agent last set or confirmed it (ms)'),
  stale: z.boolean().describe('The agent said online or away but has not confirmed it lately (their tab is closed)'),
})

export const presenceActions = {
  setPresence: {
    title: 'Set an agent presence',
    description:
      'The agent says they are online, away or offline; going online offers them pending sessions when auto-assignment is on',
    attributes: hidden,
    input: {
      schema: z.object({
        agent: agentIdentity,
        presence: z.enum(presences),
      }),
    },
    output: {
      schema: z.object({
        agent: agentPresence,
        autoAssigned: z.array(z.string()).describe('Sessions auto-assigned because of this change (conversation ids)'),
      }),
    },
  },
  offerPendingSessions: {
    title: 'Offer pending sessions',
    description:
      "Offers the pending sessions at least a couple of seconds old to online agents under the routing rule (the desk's change loop calls it); idempotent, safe to call from any number of desks",
    attributes: hidden,
    input: {
      schema: z.object({
        finishInterrupted: z
          .boolean()
          .default(false)
          .describe('The previous call failed: first finish the automatic assignments it may have left half-way'),
      }),
    },
    output: {
      schema: z.object({
        enabled: z.boolean().describe('Whether auto-assignment is on (routing.mode is not off)'),
        assigned: z.number().describe('Sessions this call assigned'),
        waiting: z.number().describe('Pending sessions left out only because they started moments ago: ask again soon'),
      }),
    },
  },
  listAgentPresence: {
    title: 'List agents presence',
    description: 'Every agent who ever set a presence, with it (offline when stale)',
    attributes: hidden,
    input: { schema: z.object({}) },
    output: { schema: z.object({ agents: z.array(agentPresence) }) },
  },
} satisfies Record<string, sdk.ActionDefinition>
