/**
 * Writes docs/openapi.yaml: the desk actions as Botpress's callAction request and response, the session
 * webhooks, their signature and the error shape, all generated from the definition's zod schemas.
 * `npm run openapi` regenerates it; a test fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'

import { INTEGRATION_VERSION } from '../integration.definition'
import { deskActions as coreDeskActions } from '../src/definitions/desk-actions'
import { presenceActions } from '../src/definitions/presence-actions'
import { savedReplyActions } from '../src/definitions/saved-reply-actions'
import { queueActions } from '../src/definitions/queue-actions'
import { webhookEvent, webhookEventTypes } from '../src/definitions/webhook-events'
import { SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS } from '../src/webhooks/webhook-signature'

export const OPENAPI_PATH = join(__dirname, '..', 'docs', 'openapi.yaml')

type JsonSchema = { [key: string]: unknown }
const toSchema = (schema: { toJSONSchema: () => unknown }): JsonSchema => schema.toJSONSchema() as JsonSchema
const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1)

/** The runtime's error body, as `@botpress/client` reads it back into typed errors. */
const errorSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'code', 'type', 'message'],
  properties: {
    id: { type: 'string' },
    code: { type: 'integer', description: 'The HTTP status' },
    type: { type: 'string', examples: ['InvalidPayload', 'ResourceNotFound', 'RateLimited', 'Runtime'] },
    message: { type: 'string', description: 'One sentence naming the field or the session' },
    metadata: {
      type: 'object',
      properties: { retriable: { type: 'boolean', description: 'true: nothing was written; call again, same key' } },
    },
  },
}

/** Every action a desk calls, whichever file defines it. */
const deskActions = { ...coreDeskActions, ...presenceActions, ...savedReplyActions, ...queueActions }

const actionSchemas = () => {
  const schemas: Record<string, JsonSchema> = {}
  for (const [name, action] of Object.entries(deskActions)) {
    schemas[`${pascal(name)}Call`] = {
      type: 'object',
      description: action.description,
      required: ['type', 'input'],
      additionalProperties: false,
      properties: {
        type: { type: 'string', pattern: `^[^:]+:${name}$`, description: `"<installation alias>:${name}"` },
        input: toSchema(action.input.schema),
      },
    }
    schemas[`${pascal(name)}Result`] = {
      type: 'object',
      required: ['output'],
      properties: { output: toSchema(action.output.schema), meta: { type: 'object' } },
    }
  }
  return schemas
}

export const buildOpenApi = () => {
  const names = Object.keys(deskActions).map(pascal)
  const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` })
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: ref('Error') } },
  })
  return {
    openapi: '3.1.0',
    info: {
      title: 'HITL integration: desk actions and session webhooks',
      version: INTEGRATION_VERSION,
      description: [
        "A help desk works HITL sessions through Botpress's runtime API: `POST /v1/chat/actions` with the",
        'bot\'s id and a token, `type` "<installation alias>:<action>" (the alias the bot installed the',
        'integration under, `hitl` by default). Every session change is also POSTed to the configured',
        `webhookUrl, signed in the \`${SIGNATURE_HEADER}\` header.`,
      ].join(' '),
    },
    servers: [{ url: 'https://api.botpress.cloud' }],
    security: [{ token: [], botId: [] }],
    paths: {
      '/v1/chat/actions': {
        post: {
          operationId: 'callDeskAction',
          summary: 'Call a desk action of the installed integration',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { oneOf: names.map((n) => ref(`${n}Call`)) } } },
          },
          responses: {
            '200': {
              description: "The action's output (see the Result schema of the action called)",
              content: { 'application/json': { schema: { oneOf: names.map((n) => ref(`${n}Result`)) } } },
            },
            '400': errorResponse('Refused: the message names the field or the session; nothing was written'),
            '401': errorResponse('The token is missing or refused'),
            '404': errorResponse('No integration is installed under that alias, or no such session'),
            '409': errorResponse('An idempotency key reused with other content'),
            '429': errorResponse('Rate limited: retry after a backoff'),
            '503': errorResponse('Botpress stayed unavailable; metadata.retriable is true: call again'),
          },
        },
      },
    },
    webhooks: {
      sessionChange: {
        post: {
          summary: 'A session changed',
          description: [
            `Types: ${webhookEventTypes.join(', ')}.`,
            `Verify \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\`: HMAC-SHA256 with the webhookSecret over`,
            `"<t>.<raw body>", compared in constant time; refuse t older than ${SIGNATURE_TOLERANCE_SECONDS} s and`,
            'an id already seen. Delivery is at least once: answer 2xx quickly; 408, 429 and 5xx are retried.',
          ].join(' '),
          parameters: [
            {
              name: SIGNATURE_HEADER,
              in: 'header',
              required: true,
              schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}(,v1=[0-9a-f]{64})*$' },
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: ref('WebhookEvent') } } },
          responses: { '2XX': { description: 'Taken; any other answer is retried or, for 4xx, dropped' } },
        },
      },
    },
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: "A personal access token or the bot's token" },
        botId: { type: 'apiKey', in: 'header', name: 'x-bot-id' },
      },
      schemas: { ...actionSchemas(), WebhookEvent: toSchema(webhookEvent), Error: errorSchema },
    },
  }
}

export const renderOpenApi = (): string =>
  `# Generated by \`npm run openapi\` from the definition's schemas: do not edit by hand.\n${stringify(buildOpenApi(), { lineWidth: 0 })}`

if (require.main === module) {
  writeFileSync(OPENAPI_PATH, renderOpenApi())
  console.log(`wrote ${OPENAPI_PATH}`)
}
