// Who is calling the API: the bot itself, or one of its installed integrations acting in that bot.
import type { Bot, Installation, Integration } from './registry'

export type BotCaller = { role: 'bot'; bot: Bot }
export type IntegrationCaller = { role: 'integration'; bot: Bot; integration: Integration; installation: Installation }
export type Caller = BotCaller | IntegrationCaller

export const ownerOf = (caller: Caller): string => (caller.role === 'integration' ? caller.integration.name : '')
