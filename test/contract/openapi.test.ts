import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { OPENAPI_PATH, renderOpenApi } from '../../scripts/openapi'
import { deskActions as coreDeskActions } from '../../src/definitions/desk-actions'
import { presenceActions } from '../../src/definitions/presence-actions'
import { savedReplyActions } from '../../src/definitions/saved-reply-actions'
import { queueActions } from '../../src/definitions/queue-actions'
import { signWebhook } from '../../src/webhooks/webhook-signature'
import { loadDeskContract } from '../support/desk-contract'

const deskActions = { ...coreDeskActions, ...presenceActions, ...savedReplyActions, ...queueActions }

describe('docs/openapi.yaml, the contract any help desk can code against', () => {
  it("is what the definition's schemas generate today (run `npm run openapi` after changing them)", () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(renderOpenApi())
  })

  it('describes every desk action as a callAction request and result, the webhook event and the error', () => {
    const { schemaNames } = loadDeskContract()
    const expected = Object.keys(deskActions).flatMap((name) => {
      const pascal = name[0]!.toUpperCase() + name.slice(1)
      return [`${pascal}Call`, `${pascal}Result`]
    })
    expect(schemaNames.sort()).toEqual([...expected, 'WebhookEvent', 'Error'].sort())
  })

  it('refuses what a desk must not send: an unknown field, the type of another action, a missing key', () => {
    const { problems } = loadDeskContract()
    const agent = { email: 'ana@desk.test', name: 'Ana' }
    const message = { type: 'text', payload: { text: 'hi' } }
    const good = {
      type: 'support:sendAgentMessage',
      input: { conversationId: 'conv_1', agent, message, idempotencyKey: 'reply-0001' },
    }
    expect(problems('SendAgentMessageCall', good)).toEqual([])
    expect(problems('SendAgentMessageCall', { ...good, input: { ...good.input, extra: 1 } })).not.toEqual([])
    expect(problems('SendAgentMessageCall', { ...good, type: 'support:closeSession' })).not.toEqual([])
    const { idempotencyKey: _, ...noKey } = good.input
    expect(problems('SendAgentMessageCall', { ...good, input: noKey })).not.toEqual([])
  })

  it('documents a signature header that real signatures match', () => {
    const doc = parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
      webhooks: { sessionChange: { post: { parameters: { name: string; schema: { pattern: string } }[] } } }
    }
    const [header] = doc.webhooks.sessionChange.post.parameters
    expect(header?.name).toBe('x-hitl-signature')
    expect(new RegExp(header!.schema.pattern).test(signWebhook('a-secret-of-24-characters!', '{}'))).toBe(true)
  })
})
