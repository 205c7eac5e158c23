import { Client } from '@botpress/client'
import definition from '../integration.definition'
import { integration } from '../src'
import {
  loopbackUrl,
  serveOnLoopback,
  startDemoBot,
  type DemoBotServer,
  type HandoffConfigurationInput,
} from '../demo-bot/src'
import { startStandin, type Faults, type Standin, type StandinOptions } from '../standin/src'

export type OfflineOptions = {
  faults?: Partial<Faults>
  seed?: number
  /** The demo bot's handoff options (texts, close command, timeout...). */
  botConfiguration?: HandoffConfigurationInput
  /** The HITL integration's configuration in the bots (routing, escalation...; default: none). */
  integrationConfiguration?: Record<string, unknown>
  /** Port of the stand-in API (0, the default, picks a free one). */
  port?: number
  /** Delivery retries of the stand-in (default here: 10 attempts, so injected faults do not exhaust them). */
  delivery?: StandinOptions['delivery']
  /** Fail stand-in responses that break the published schema (default true). */
  validate?: boolean
  /** When scheduled events (the assignment timeout) fire: after their delay (default), or on `standin.fireScheduledEvents()`. */
  scheduledEvents?: StandinOptions['scheduledEvents']
  /** The alias the bots install the integration under (default: env `HITL_ALIAS`, else as bot.definition.ts installs it). */
  alias?: string
  /** The integration's published name, e.g. `acme/hitl` (default: env `HITL_INTEGRATION_NAME`, else the definition's). */
  integrationName?: string
}

/** The installation the offline world runs: what the options ask, else what the environment and definitions say. */
export const installationOf = (opts: Pick<OfflineOptions, 'alias' | 'integrationName'> = {}) => {
  const name = opts.integrationName || process.env.HITL_INTEGRATION_NAME || definition.name
  const alias = opts.alias || process.env.HITL_ALIAS || name.split('/').at(-1) || name
  return { name, alias }
}

/** One bot of the offline workspace: what the HITL tab (the desk) and the end user's chat need. */
export type OfflineBot = {
  /** The alias the integration is installed under in this bot: desk actions are `<alias>:<action>`. */
  alias: string
  botId: string
  botToken: string
  botUrl: string
  /** The HITL tab's client: the runtime API as this bot, with the workspace token. */
  desk: Client
}

/**
 * Retries what a browser tab would retry (throttling, server errors, dropped connections); an action's
 * own refusal (400) comes back at once. The desk actions are safe to repeat (idempotency keys, claims).
 */
const deskRetry = {
  retries: 6,
  retryCondition: (err: { response?: { status?: number }; code?: string }) => {
    const status = err.response?.status
    return status === undefined ? err.code !== 'ERR_CANCELED' : status === 429 || status >= 500
  },
  retryDelay: (attempt: number) => Math.min(1000, 25 * 2 ** attempt),
}

export const deskClient = (apiUrl: string, token: string, botId: string) =>
  new Client({ apiUrl, token, botId, timeout: 30_000, retry: deskRetry as never })

/**
 * The stand-in of Botpress, the real integration server registered in it under its published name, and a
 * way to add demo bots with the integration installed under one alias (`hitl` unless asked). The SDK servers run in this process and read the API's
 * address and token from the environment, so there is one offline workspace per process at a time.
 */
export const startOfflineWorkspace = async (opts: OfflineOptions = {}) => {
  const standin = await startStandin({
    port: opts.port ?? 0,
    faults: opts.faults,
    seed: opts.seed,
    validate: opts.validate ?? true,
    delivery: { maxAttempts: 10, ...opts.delivery },
    scheduledEvents: opts.scheduledEvents,
  })
  process.env.BP_API_URL = standin.url
  process.env.BP_TOKEN = standin.workspaceToken

  const installation = installationOf(opts)
  const integrationServer = await serveOnLoopback(integration.handler)
  const integrationUrl = loopbackUrl(integrationServer)
  const { integrationId } = standin.registerIntegration({
    name: installation.name,
    version: definition.version,
    url: integrationUrl,
    definition,
  })

  const botServers: DemoBotServer[] = []
  const addBot = async (
    name: string,
    botConfiguration: HandoffConfigurationInput | undefined = opts.botConfiguration
  ): Promise<OfflineBot> => {
    const botServer = await startDemoBot({
      configuration: botConfiguration,
      interfaces: {
        hitl: { integrationAlias: installation.alias, name: installation.name, version: definition.version },
      },
    })
    botServers.push(botServer)
    const { botId, token } = await standin.createBot({
      name,
      url: botServer.url,
      integrations: [{ integrationId, alias: installation.alias, configuration: opts.integrationConfiguration ?? {} }],
    })
    return {
      alias: installation.alias,
      botId,
      botToken: token,
      botUrl: botServer.url,
      desk: deskClient(standin.url, standin.workspaceToken, botId),
    }
  }

  const close = async () => {
    await standin.close()
    await Promise.all(botServers.map((s) => s.close()))
    await new Promise<void>((resolve) => {
      integrationServer.close(() => resolve())
      integrationServer.closeAllConnections?.()
    })
  }

  return {
    standin,
    integrationId,
    integrationUrl,
    ...installation,
    apiUrl: standin.url,
    workspaceToken: standin.workspaceToken,
    addBot,
    close,
  }
}

export type OfflineWorkspace = Awaited<ReturnType<typeof startOfflineWorkspace>>
export type { Standin }
