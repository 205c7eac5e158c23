import { integration } from '../../src'

/**
 * An action call straight into the SDK integration server, as Botpress makes it, with no API reachable:
 * what it refuses is refused by the integration's own checks, and anything that tried to write would fail.
 */
export const callActionDirectly = async (type: string, input: unknown) => {
  const response = await integration.handler({
    method: 'POST',
    path: '/',
    query: '',
    headers: {
      'x-bot-id': 'bot_01TEST0000000000000000000000',
      'x-bot-user-id': 'bot_01TEST0000000000000000000000',
      'x-integration-id': 'intver_01TEST000000000000000000',
      'x-integration-alias': 'hitl',
      'x-webhook-id': 'wh_01TEST',
      'x-bp-operation': 'action_triggered',
      'x-bp-configuration': Buffer.from('{}').toString('base64'),
    },
    body: JSON.stringify({ type, input }),
  })
  return { status: response?.status ?? 200, body: JSON.parse(response?.body ?? '{}') }
}
