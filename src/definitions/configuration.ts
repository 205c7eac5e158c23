import { z } from '@botpress/sdk'
import { escalationConfigSchema } from './escalation'
import { routingConfigSchema } from './routing'
import { endUserConfiguration } from './end-user-config'
import { slaConfiguration } from './sla'
import { webhookConfiguration } from './webhook-events'

export const configuration = {
  schema: z.object({
    escalation: escalationConfigSchema
      .default({})
      .describe('What makes detectEscalation ask for a human: your keywords and patterns, and the built-in detectors'),
    maskSensitiveData: z
      .boolean()
      .default(true)
      .title('Mask card numbers, IBANs and SSNs')
      .describe(
        'Card numbers, IBANs and US social security numbers the end user typed are masked (last 4 kept) in the history stored with a session and in every message agents read; the original is never stored by the integration'
      ),
    routing: routingConfigSchema
      .default({})
      .describe(
        'Auto-assignment of new sessions to online agents: off, round robin or least busy, by team and capacity'
      ),
    ...webhookConfiguration,
    ...slaConfiguration,
    ...endUserConfiguration,
  }),
}
