import { finishInterruptedOffers, offerPending, routingFor } from '../routing/auto-assign'
import { defineAction } from './define-action'

/**
 * The desk's change loop calls this when the queue changed or sessions were too new to offer: a new session is
 * offered here, a couple of seconds after startHitl returned, never by startHitl itself (see OFFER_GRACE_MS).
 */
export const offerPendingSessions = defineAction(
  'offerPendingSessions',
  async ({ input, client, ctx, logger, announce }) => {
    const routing = routingFor({ client, ctx, logger, announce })
    if (input.finishInterrupted) await finishInterruptedOffers(routing)
    const { enabled, assigned, waiting } = await offerPending(routing)
    return { enabled, assigned: assigned.length, waiting }
  }
)
