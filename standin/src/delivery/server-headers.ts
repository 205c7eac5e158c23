// Headers Botpress sends to bot and integration servers (what @botpress/sdk's servers require).
import type { Bot, Installation, Integration } from '../store/registry'

const base64Json = (value: unknown) => Buffer.from(JSON.stringify(value ?? {})).toString('base64')

export const integrationHeaders = (
  bot: Bot,
  installation: Installation,
  integration: Integration,
  operation: string,
  type?: string
) => ({
  'x-bot-id': bot.id,
  // The bot's own user id is its bot id (bots reply with `userId: ctx.botId`).
  'x-bot-user-id': bot.id,
  'x-integration-id': integration.id,
  'x-integration-alias': installation.alias,
  'x-webhook-id': installation.webhookId,
  'x-bp-operation': operation,
  'x-bp-type': type ?? operation,
  'x-bp-configuration': base64Json(installation.configuration),
})

export const botHeaders = (bot: Bot, operation: string, type: string) => ({
  'x-bot-id': bot.id,
  'x-bot-user-id': bot.id,
  'x-bp-operation': operation,
  'x-bp-type': type,
  'x-bp-configuration': base64Json({}),
})
