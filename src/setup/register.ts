import { checkEscalationConfig } from '../escalation/register-check'
import type { IntegrationProps } from '../integration-types'
import { checkRoutingConfig } from '../routing/routing-config'
import { checkWebhookConfig } from '../webhooks/check-webhook-config'

/**
 * Nothing to connect to outside Botpress: the HITL tab is Botpress itself. Registration only refuses a
 * configuration that could not work, so the bot builder hears of it when saving, not at the first escalation.
 */
export const register: IntegrationProps['register'] = async ({ ctx, logger }) => {
  checkEscalationConfig(ctx.configuration.escalation)
  checkWebhookConfig(ctx.configuration)
  checkRoutingConfig(ctx.configuration.routing)
  logger.forBot().info('HITL integration ready: sessions appear in the HITL tab.')
}

export const unregister: IntegrationProps['unregister'] = async () => {}
