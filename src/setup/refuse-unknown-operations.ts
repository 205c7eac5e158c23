import { RuntimeError } from '@botpress/sdk'
import type { IntegrationProps } from '../integration-types'

type Guard = NonNullable<NonNullable<IntegrationProps['__advanced']>['unknownOperationHandler']>

const knownOperations = new Set([
  'webhook_received',
  'message_created',
  'action_triggered',
  'register',
  'unregister',
  'ping',
])

const refusal = (message: string) => ({ status: 400, body: JSON.stringify(new RuntimeError(message).toJSON()) })

/**
 * The SDK server runs this before dispatching. Left alone it answers an unknown action or operation
 * with "an unexpected error occurred"; a caller deserves to read what it asked for that does not exist.
 */
export const refuseUnknownOperations =
  (actionNames: readonly string[]): Guard =>
  async ({ ctx, req }) => {
    if (!knownOperations.has(ctx.operation))
      return refusal(`Unknown operation "${ctx.operation}" for the HITL integration.`)
    if (ctx.operation !== 'action_triggered') return
    let type: unknown
    try {
      type = JSON.parse(req.body ?? '{}').type
    } catch {
      return refusal('The action call is not valid JSON.')
    }
    if (typeof type !== 'string' || !actionNames.includes(type)) {
      return refusal(`Unknown action "${String(type)}": the HITL integration serves ${actionNames.join(', ')}.`)
    }
    return
  }
