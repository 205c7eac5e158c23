import type { WebhookEvent } from '../../src/definitions/webhook-events'

/** A well-formed session event, for receivers under test; override what the test is about. */
export const sampleWebhookEvent = (overrides: Partial<WebhookEvent> = {}): WebhookEvent => ({
  id: 'whe_0123456789abcdef0123456789abcdef',
  type: 'session.assigned',
  occurredAt: new Date().toISOString(),
  botId: 'bot_1',
  conversationId: 'conv_1',
  session: {
    id: 'conv_1',
    status: 'assigned',
    title: 'Refund',
    priority: 'normal',
    endUser: { id: 'user_1' },
    createdAt: 0,
    waitingMs: 0,
  },
  ...overrides,
})
