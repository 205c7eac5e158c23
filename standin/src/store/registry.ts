// Who exists in the workspace: integrations (with their definitions), bots, what each bot has
// installed, and which token grants what. No HTTP here.
import { newBotId, newId, newToken } from './ids'

/** The parts of an `@botpress/sdk` IntegrationDefinition the runtime enforces (read, never mutated). */
export type IntegrationDefinitionLike = {
  name?: string
  states?: Record<string, { type: string; schema?: ZodLike }>
  user?: { tags?: Record<string, unknown> }
  channels?: Record<
    string,
    {
      messages?: Record<string, { schema?: ZodLike }>
      conversation?: { tags?: Record<string, unknown> }
      message?: { tags?: Record<string, unknown> }
    }
  >
  events?: Record<string, { schema?: ZodLike }>
  actions?: Record<string, { input?: { schema?: ZodLike }; output?: { schema?: ZodLike } }>
}

export type ZodLike = {
  safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }
}

export type Integration = {
  id: string
  name: string
  version: string
  url: string
  /** Every process serving it, `url` first; requests go to each in turn (see instances.ts). */
  instanceUrls: string[]
  definition: IntegrationDefinitionLike
  token: string
  /** Built-in pseudo-integrations (the chat channel) are not reachable over HTTP. */
  builtin: boolean
}

export type Installation = {
  integrationId: string
  alias: string
  configuration: object
  webhookId: string
}

export type Bot = {
  id: string
  name: string
  url?: string
  token: string
  installations: Installation[]
}

export type Grant =
  | { kind: 'workspace' }
  | { kind: 'bot'; botId: string }
  | { kind: 'integration'; integrationId: string }

export class Registry {
  readonly workspaceToken = newToken('pat')
  private readonly integrations = new Map<string, Integration>()
  private readonly bots = new Map<string, Bot>()
  private readonly grants = new Map<string, Grant>([[this.workspaceToken, { kind: 'workspace' }]])

  addIntegration(def: {
    name: string
    version?: string
    url: string
    instances?: string[]
    definition: IntegrationDefinitionLike
    builtin?: boolean
  }): Integration {
    const url = def.url.replace(/\/+$/, '')
    const integration: Integration = {
      id: newId('intver'),
      name: def.name,
      version: def.version ?? '0.0.0',
      url,
      instanceUrls: [url, ...(def.instances ?? []).map((u) => u.replace(/\/+$/, ''))],
      definition: def.definition ?? {},
      token: newToken('int'),
      builtin: def.builtin ?? false,
    }
    this.integrations.set(integration.id, integration)
    this.grants.set(integration.token, { kind: 'integration', integrationId: integration.id })
    return integration
  }

  addBot(opts: { name?: string; url?: string; installations: Omit<Installation, 'webhookId'>[] }): Bot {
    const id = newBotId()
    const bot: Bot = {
      id,
      name: opts.name ?? 'bot',
      url: opts.url?.replace(/\/+$/, ''),
      token: newToken('bak'),
      installations: opts.installations.map((i) => ({ ...i, webhookId: newId('wh') })),
    }
    this.bots.set(id, bot)
    this.grants.set(bot.token, { kind: 'bot', botId: id })
    return bot
  }

  removeBot(botId: string): void {
    const bot = this.bots.get(botId)
    if (!bot) return
    this.grants.delete(bot.token)
    this.bots.delete(botId)
  }

  integration(id: string): Integration | undefined {
    return this.integrations.get(id)
  }

  bot(id: string): Bot | undefined {
    return this.bots.get(id)
  }

  grant(token: string): Grant | undefined {
    return this.grants.get(token)
  }

  installationByAlias(bot: Bot, alias: string): { installation: Installation; integration: Integration } | undefined {
    const installation = bot.installations.find((i) => i.alias === alias)
    const integration = installation && this.integrations.get(installation.integrationId)
    return installation && integration ? { installation, integration } : undefined
  }

  installationOf(bot: Bot, integrationId: string, alias?: string) {
    const installation = bot.installations.find(
      (i) => i.integrationId === integrationId && (!alias || i.alias === alias)
    )
    const integration = installation && this.integrations.get(installation.integrationId)
    return installation && integration ? { installation, integration } : undefined
  }

  findWebhook(webhookId: string) {
    for (const bot of this.bots.values()) {
      const installation = bot.installations.find((i) => i.webhookId === webhookId)
      const integration = installation && this.integrations.get(installation.integrationId)
      if (installation && integration && !integration.builtin) return { bot, installation, integration }
    }
    return undefined
  }
}
