// Admin side of the stand-in (what the Botpress dashboard / CLI would do): register integrations,
// create bots with their installations (running each integration's `register`), point bots at
// their servers. Not part of the runtime API, so never subject to faults.
import { errorFrom } from '@botpress/client'
import { ApiError, UpstreamError } from './http/api-errors'
import type { IntegrationDefinitionLike } from './store/registry'
import { callIntegration } from './delivery/routing'
import type { Runtime } from './runtime'
import { nextSeq, now } from './store/bot-store'

export const CHAT_INTEGRATION = 'chat'
export const CHAT_CHANNEL = 'channel'

export type IntegrationRegistration = {
  name: string
  version?: string
  url: string
  /** More processes serving the same integration, besides `url`; requests are spread over all of them. */
  instances?: string[]
  definition: any
}
export type BotCreation = {
  name?: string
  url?: string
  integrations: { integrationId: string; alias: string; configuration?: object }[]
}

/** The chat channel is a pseudo-integration installed in every bot; nothing of it is reachable over HTTP. */
export const installChatIntegration = (rt: Runtime) =>
  rt.registry.addIntegration({
    name: CHAT_INTEGRATION,
    url: '',
    builtin: true,
    definition: { name: CHAT_INTEGRATION, channels: { [CHAT_CHANNEL]: {} } } satisfies IntegrationDefinitionLike,
  })

export const registerIntegration = (rt: Runtime, def: IntegrationRegistration) => {
  if (!def?.name) throw new Error('registerIntegration: name is required')
  if (def.name === CHAT_INTEGRATION)
    throw new Error(`registerIntegration: "${CHAT_INTEGRATION}" is reserved for the stand-in's chat channel`)
  if (!def.url) throw new Error('registerIntegration: url is required')
  const integration = rt.registry.addIntegration({
    name: def.name,
    version: def.version,
    url: def.url,
    instances: def.instances,
    definition: def.definition ?? {},
  })
  return { integrationId: integration.id, token: integration.token }
}

export const webhookUrl = (rt: Runtime, webhookId: string) => `${rt.url}/webhooks/${webhookId}`

/** Turns an integration's error answer into the typed error @botpress/client would throw. */
const asClientError = (err: unknown) => {
  if (err instanceof UpstreamError) {
    try {
      return errorFrom(JSON.parse(err.body))
    } catch {
      return new Error(err.message)
    }
  }
  if (err instanceof ApiError) return errorFrom(err.toBody())
  return err
}

export const createBot = async (rt: Runtime, chatIntegrationId: string, opts: BotCreation) => {
  const aliases = new Set<string>(['chat'])
  for (const i of opts.integrations ?? []) {
    if (!rt.registry.integration(i.integrationId))
      throw new Error(`createBot: unknown integration "${i.integrationId}"`)
    if (aliases.has(i.alias)) throw new Error(`createBot: alias "${i.alias}" is used twice (or is the reserved "chat")`)
    aliases.add(i.alias)
  }
  const bot = rt.registry.addBot({
    name: opts.name,
    url: opts.url,
    installations: [
      { integrationId: chatIntegrationId, alias: CHAT_INTEGRATION, configuration: {} },
      ...(opts.integrations ?? []).map((i) => ({
        integrationId: i.integrationId,
        alias: i.alias,
        configuration: i.configuration ?? {},
      })),
    ],
  })
  const at = now()
  // The bot's own user: bots write with `userId: ctx.botId`.
  rt.store(bot.id).users.set(bot.id, {
    id: bot.id,
    createdAt: at,
    updatedAt: at,
    seq: nextSeq(),
    tags: {},
    name: bot.name,
  })
  try {
    for (const installation of bot.installations) {
      const integration = rt.registry.integration(installation.integrationId)!
      if (integration.builtin) continue
      await callIntegration(rt, bot, installation, integration, 'register', {
        webhookUrl: webhookUrl(rt, installation.webhookId),
      })
    }
  } catch (err) {
    rt.registry.removeBot(bot.id)
    rt.dropStore(bot.id)
    throw asClientError(err)
  }
  return { botId: bot.id, token: bot.token }
}

export const setBotUrl = (rt: Runtime, botId: string, url: string) => {
  const bot = rt.registry.bot(botId)
  if (!bot) throw new Error(`setBotUrl: unknown bot "${botId}"`)
  bot.url = url.replace(/\/+$/, '')
}
