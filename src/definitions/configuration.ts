import { z } from '@botpress/sdk'
import { escalationConfigSchema } from './escalation'

export const configuration = {
  schema: z.object({
    escalation: escalationConfigSchema
      .default({})
      .describe('What makes detectEscalation ask for a human: your keywords and patterns, and the built-in detectors'),
  }),
}
