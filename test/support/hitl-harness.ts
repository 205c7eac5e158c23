import { Client, isApiError } from '@botpress/client'
import type { AddressInfo } from 'node:net'
import definition from '../../integration.definition'
import { integration } from '../../src'
import { serveOnLoopback } from '../../demo-bot/src'
import { startStandin, type Standin, type StandinOptions } from '../../standin/src'

export type Harness = {
  standin: Standin
  botId: string
  integrationId: string
  /** What the HITL tab and the plugin use: the runtime API with the bot's identity. */
  api: Client
  call: <T = any>(action: string, input: unknown) => Promise<T>
  /** The same call as plain HTTP: the answer as the desk's server gets it, before an SDK client re-types errors. */
  callRaw: (action: string, input: unknown) => Promise<Response>
  /** The events the integration emitted to the bot, oldest first. */
  emitted: () => { type: string; payload: any; conversationId?: string }[]
  close: () => Promise<void>
}

/**
 * The real SDK integration server behind the Botpress stand-in, over HTTP both ways: nothing mocked.
 * No bot server: what the integration emits is read off the stand-in's event stream.
 */
export const startHarness = async (
  opts: StandinOptions & { bots?: number; configuration?: Record<string, unknown> } = {}
): Promise<Harness> => {
  const standin = await startStandin({ validate: true, seed: 7, ...opts })
  const server = await serveOnLoopback(integration.handler)
  const { port } = server.address() as AddressInfo
  const { integrationId, token } = standin.registerIntegration({
    name: 'hitl',
    version: definition.version,
    url: `http://127.0.0.1:${port}`,
    definition,
  })
  // The SDK server's clients read these, as on Botpress where the integration runs with its own secret.
  process.env.BP_API_URL = standin.url
  process.env.BP_TOKEN = token
  const { botId } = await standin.createBot({
    integrations: [{ integrationId, alias: 'hitl', configuration: opts.configuration ?? {} }],
  })

  const events: { type: string; payload: any; conversationId?: string }[] = []
  standin.events.on('event', ({ botId: from, event }) => {
    if (from === botId) events.push(event as never)
  })
  const api = new Client({ apiUrl: standin.url, token: standin.workspaceToken, botId, retry: { retries: 0 } as never })
  return {
    standin,
    botId,
    integrationId,
    api,
    call: async (action, input) => {
      const { output } = await api.callAction({ type: `hitl:${action}`, input: input as Record<string, unknown> })
      return output as never
    },
    callRaw: (action, input) =>
      fetch(`${standin.url}/v1/chat/actions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${standin.workspaceToken}`,
          'x-bot-id': botId,
        },
        body: JSON.stringify({ type: `hitl:${action}`, input }),
      }),
    emitted: () => [...events],
    close: async () => {
      await standin.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** The message of the error an action call failed with (the integration's RuntimeError sentence). */
export const failureOf = async (call: Promise<unknown>): Promise<string> => {
  try {
    await call
  } catch (err) {
    if (isApiError(err)) return err.message
    throw err
  }
  throw new Error('expected the call to fail, it succeeded')
}

/** What the desk's server gets back from a refused action: the HTTP status, the sentence, the metadata. */
export const refusalOf = async (h: Harness, action: string, input: object) => {
  const answer = await h.callRaw(action, input)
  const body = (await answer.json()) as { message: unknown; metadata?: unknown }
  return { status: answer.status, message: String(body.message), metadata: body.metadata }
}
