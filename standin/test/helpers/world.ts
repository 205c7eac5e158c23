// A complete local "Botpress": the stand-in, the support integration and the echo bot, wired
// like a deployed bot (env BP_API_URL / BP_TOKEN point the SDK servers at the stand-in).
import { Client, axiosRetry } from '@botpress/client'
import { afterAll, beforeAll, expect } from 'vitest'
import { type StandinOptions, startStandin } from '../../src'
import { startEchoBot } from './echo-bot'
import { startSupportIntegration } from './support-integration'

/** The retry policy @botpress/sdk gives its clients (network and idempotent-request errors, 429, 502), without its waits. */
export const sdkRetry = {
  retries: 3,
  retryCondition: (err: any) =>
    axiosRetry.isNetworkOrIdempotentRequestError(err) || [429, 502].includes(err.response?.status ?? 0),
  retryDelay: () => 0,
}

export type WorldOptions = StandinOptions & {
  flakyFailures?: number
  botSlowMs?: number
  /** Published name of the support integration (default `support`; a workspace's is `<handle>/support`). */
  integrationName?: string
  /** Alias it is installed under in the echo bot (default `support`). */
  alias?: string
}

export const startWorld = async (opts: WorldOptions = {}) => {
  const alias = opts.alias ?? 'support'
  const standin = await startStandin({ validate: true, seed: 1, ...opts })
  process.env.BP_API_URL = standin.url
  process.env.BP_TOKEN = standin.workspaceToken
  const support = await startSupportIntegration({ flakyFailures: opts.flakyFailures })
  const echo = await startEchoBot({ slowMs: opts.botSlowMs, alias })
  const { integrationId, token: integrationToken } = standin.registerIntegration({
    name: opts.integrationName ?? 'support',
    version: '0.1.0',
    url: support.url,
    definition: support.definition,
  })
  const { botId, token: botToken } = await standin.createBot({
    name: 'echo',
    url: echo.url,
    integrations: [{ integrationId, alias, configuration: { failRegister: false } }],
  })
  const botClient = new Client({ apiUrl: standin.url, token: botToken, botId, retry: sdkRetry })
  const integrationClient = new Client({
    apiUrl: standin.url,
    token: integrationToken,
    botId,
    integrationId,
    integrationAlias: alias,
    retry: sdkRetry,
  })
  return {
    standin,
    support,
    echo,
    botId,
    integrationId,
    alias,
    botClient,
    integrationClient,
    close: async () => {
      await standin.close()
      await support.close()
      await echo.close()
    },
  }
}

export type World = Awaited<ReturnType<typeof startWorld>>

/**
 * A world for the enclosing describe block: started before its tests, closed after them, and checked
 * that every response it served met the published schema.
 */
export const useWorld = (opts: Parameters<typeof startWorld>[0] = {}): World => {
  const world = {} as World
  beforeAll(async () => {
    Object.assign(world, await startWorld(opts))
  })
  afterAll(async () => {
    expect(world.standin.schemaViolations()).toEqual([])
    await world.close()
  })
  return world
}
