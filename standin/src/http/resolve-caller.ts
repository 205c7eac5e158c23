// Who is calling: `Authorization: Bearer <token>` plus `x-bot-id` (and `x-integration-id` when an
// integration acts in a bot). Unknown token → 401; a token used outside its reach → 403; a bot the
// token may reach but that does not exist → 404.
import type { Caller } from '../store/caller'
import { ApiError, forbidden } from './api-errors'
import type { Registry } from '../store/registry'

type HeaderGetter = (name: string) => string | undefined

export const resolveCaller = (registry: Registry, header: HeaderGetter): Caller => {
  const authorization = header('authorization') ?? ''
  const match = /^Bearer\s+(.+)$/i.exec(authorization)
  if (!match) throw new ApiError('Unauthorized', 'Missing "Authorization: Bearer <token>" header')
  const grant = registry.grant(match[1]!.trim())
  if (!grant) throw new ApiError('Unauthorized', 'Invalid or expired token')

  const botId = header('x-bot-id')
  if (!botId) throw new ApiError('InvalidPayload', 'Missing required header "x-bot-id"')
  if (grant.kind === 'bot' && grant.botId !== botId)
    throw forbidden(`This token belongs to another bot and cannot act in bot "${botId}"`)
  const bot = registry.bot(botId)
  if (!bot) throw new ApiError('ResourceNotFound', `Bot "${botId}" doesn't exist`)

  const integrationId = header('x-integration-id')
  if (!integrationId) {
    if (grant.kind === 'integration')
      throw forbidden('An integration token must be used with the "x-integration-id" header')
    return { role: 'bot', bot }
  }
  if (grant.kind === 'bot') throw forbidden('A bot token cannot act as an integration')
  if (grant.kind === 'integration' && grant.integrationId !== integrationId)
    throw forbidden(`This token belongs to another integration than "${integrationId}"`)
  const installed = registry.installationOf(bot, integrationId, header('x-integration-alias'))
  if (!installed) throw forbidden(`Integration "${integrationId}" is not installed in bot "${botId}"`)
  return { role: 'integration', bot, ...installed }
}
