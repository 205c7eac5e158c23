import { isApiError } from '@botpress/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_RETRIES } from '../../src/api/bounded-client'
import { ana, endUserSays, key, startSession } from '../support/fixtures'
import { startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

/** One more failed request than the integration retries: every call it makes in the outage gives up. */
const OUTLASTING = MAX_RETRIES + 1

describe('a Botpress outage longer than the integration retries', () => {
  it('answers an agent message with a retriable 503, and the repeated call sends it once', async () => {
    const { conversationId } = await startSession(h)
    await h.call('assignAgent', { conversationId, agent: ana })
    const answer = {
      conversationId,
      agent: ana,
      message: { type: 'text', payload: { text: 'On it' } },
      idempotencyKey: key(),
    }

    h.standin.faults.set({ integrationOutageRequests: OUTLASTING })
    const failed = await h.callRaw('sendAgentMessage', answer)
    // A generic HTTP client retries on the status; an SDK client, which re-types errors by name, on the metadata.
    expect(failed.status).toBe(503)
    const body = await failed.json()
    expect(body).toMatchObject({ type: 'Runtime', metadata: { retriable: true } })
    expect(body.message).toMatch(/try again/)

    await h.call('sendAgentMessage', answer)
    await h.call('sendAgentMessage', answer)
    const { session } = await h.call('getSession', { conversationId })
    expect(session.messages.filter((m: any) => m.payload.text === 'On it')).toHaveLength(1)
  })

  it('reads as retriable through an SDK client', async () => {
    const { conversationId } = await startSession(h)
    h.standin.faults.set({ integrationOutageRequests: OUTLASTING })
    const err = await h.call('getSession', { conversationId }).catch((e: unknown) => e)
    expect(isApiError(err) && err.metadata).toEqual({ retriable: true })
    expect((await h.call('getSession', { conversationId })).session.id).toBe(conversationId)
  })

  it('has an end-user message delivered again until it is acknowledged', async () => {
    const { conversationId, userId } = await startSession(h)
    const failures: unknown[] = []
    h.standin.events.on('delivery-failed', (f) => failures.push(f))
    // Acknowledging makes two calls at once: both must give up for the delivery to fail.
    h.standin.faults.set({ integrationOutageRequests: 2 * OUTLASTING })
    const message = await endUserSays(h, conversationId, userId, `question ${key()}`)

    const { message: stored } = await h.api.getMessage({ id: message.id })
    expect(stored.tags['hitl:sender']).toBe('end-user')
    const { conversation } = await h.api.getConversation({ id: conversationId })
    expect(conversation.tags['hitl:lastUserMessageAt']).toBe(stored.tags['hitl:receivedAt'])
    expect(failures).toEqual([])
  })
})
