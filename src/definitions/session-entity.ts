import { z } from '@botpress/sdk'

export const priorities = ['low', 'normal', 'high', 'urgent'] as const
export type Priority = (typeof priorities)[number]

/**
 * Our `hitlSession` entity: its fields become extra inputs of the Studio card,
 * and end up as conversation tags the HITL tab sorts and filters on.
 */
export const hitlSessionSchema = z.object({
  priority: z
    .enum(priorities)
    .title('Priority')
    .describe('How urgent the handoff is. Pending sessions are listed by priority, then by waiting time.')
    .optional(),
  category: z
    .string()
    .max(100)
    .title('Category')
    .describe('A queue or topic shown to agents, for example "billing" or "legal".')
    .optional(),
})

export const entities = {
  hitlSession: {
    title: 'HITL session',
    description: 'A handoff of one end user conversation to a live agent in the HITL tab',
    schema: hitlSessionSchema,
  },
}
