import { RuntimeError } from '@botpress/sdk'

import type { WebhookSettings } from './announce-change'

/** Called when the configuration is saved: a URL without its secret would send events nobody can verify. */
export const checkWebhookConfig = ({ webhookUrl, webhookSecret }: WebhookSettings): void => {
  if (webhookUrl && !webhookSecret) {
    throw new RuntimeError('Invalid configuration: webhookSecret is required when webhookUrl is set')
  }
  if (webhookSecret && !webhookUrl) {
    throw new RuntimeError('Invalid configuration: webhookUrl is required when webhookSecret is set')
  }
}
