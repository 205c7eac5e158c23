import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Client } from '@botpress/client'
import definition from '../integration.definition'
import { integration } from '../src'
import { startDemoBot, type DemoBotServer, type HandoffConfigurationInput } from '../demo-bot/src'
import { startStandin, type Faults, type Standin, type StandinOptions } from '../standin/src'

export type OfflineOptions = {
  faults?: Partial<Faults>
  seed?: number
  /** The demo bot's handoff options (texts, close command, timeout...). */
  botConfiguration?: HandoffConfigurationInput
  /** Port of the stand-in API (0, the default, picks a free one). */
  port?: number
  /** Delivery retries of the stand-in (default here: 10 attempts, so injected faults do not exhaust them). */
  delivery?: StandinOptions['delivery']
  /** Fail stand-in responses that break the published schema (default true). */
  validate?: boolean
  /** When scheduled events (the assignment timeout) fire: after their delay (default), or on `standin.fireScheduledEvents()`. */
  scheduledEvents?: StandinOptions['scheduledEvents']
}

/** One bot of the offline workspace: what the HITL tab (the desk) and the end user's chat need. */
export type OfflineBot = {
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

const listening = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

/**
 * The stand-in of Botpress, the real integration server registered in it, and a way to add demo bots with
 * the integration installed under the alias `hitl`. The SDK servers run in this process and read the API's
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

  const integrationServer = (await integration.start(0)) as Server
  const integrationUrl = listening(integrationServer)
  const { integrationId } = standin.registerIntegration({
    name: definition.name,
    version: definition.version,
    url: integrationUrl,
    definition,
  })

  const botServers: DemoBotServer[] = []
  const addBot = async (
    name: string,
    botConfiguration: HandoffConfigurationInput | undefined = opts.botConfiguration
  ): Promise<OfflineBot> => {
    const botServer = await startDemoBot({ configuration: botConfiguration })
    botServers.push(botServer)
    const { botId, token } = await standin.createBot({
      name,
      url: botServer.url,
      integrations: [{ integrationId, alias: 'hitl', configuration: {} }],
    })
    return {
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
    apiUrl: standin.url,
    workspaceToken: standin.workspaceToken,
    addBot,
    close,
  }
}

export type OfflineWorkspace = Awaited<ReturnType<typeof startOfflineWorkspace>>
export type { Standin }
