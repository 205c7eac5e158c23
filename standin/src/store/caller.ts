// Who is calling the API: the bot itself, or one of its installed integrations acting in that bot.
import type { Bot, Installation, Integration } from './registry'

export type BotCaller = { role: 'bot'; bot: Bot }
export type IntegrationCaller = { role: 'integration'; bot: Bot; integration: Integration; installation: Installation }
export type Caller = BotCaller | IntegrationCaller

/**
 * The key of what an integration owns in a bot: its installation's alias (Botpress keys conversations,
 * events and tags by the alias a bot installed the integration under, not by the published name).
 * '' for the bot itself.
 */
export const ownerOf = (caller: Caller): string => (caller.role === 'integration' ? caller.installation.alias : '')
