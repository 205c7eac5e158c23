import { Client } from '@botpress/client'
import definition from '../../integration.definition'
import { startStandin, type Standin } from '../../standin/src'
import { startIntegrationProcess, type IntegrationProcess } from './integration-process'

/** The operations by which the integration writes to Botpress: where a crash can leave a call half-done. */
export const WRITES = new Set([
  'getOrCreateConversation',
  'updateConversation',
  'getOrCreateUser',
  'createUser',
  'updateUser',
  'getOrSetState',
  'setState',
  'patchState',
  'createEvent',
  'getOrCreateMessage',
  'createMessage',
  'updateMessage',
])

/** A write of a call: the `nth` request of `operation` it makes. */
export type WritePoint = { operation: string; nth: number }

export type CrashWorld = {
  standin: Standin
  botId: string
  api: Client
  integration: IntegrationProcess
  call: <T = any>(action: string, input: unknown) => Promise<T>
  emitted: () => { type: string; payload: any; conversationId?: string }[]
  /**
   * Runs `action` and kills the integration process while the stand-in holds the write `at`, then lets that
   * write go on with nobody left to answer: the process dies with the write in flight. Resolves once the
   * call has failed; rejects if the call never made that write.
   */
  killAtWrite: (at: WritePoint, action: () => Promise<unknown>) => Promise<void>
  /** The writes the integration made during `action`, by operation, in a run without crash. */
  writesOf: (action: () => Promise<unknown>) => Promise<Record<string, number>>
  close: () => Promise<void>
}

export const startCrashWorld = async (configuration: Record<string, unknown> = {}): Promise<CrashWorld> => {
  const standin = await startStandin({ validate: true, seed: 11 })
  // The process needs a token before the stand-in knows its url: the workspace's, valid for every installed
  // integration (the role comes from the headers), as in the offline world.
  const integration = await startIntegrationProcess({ BP_API_URL: standin.url, BP_TOKEN: standin.workspaceToken })
  const { integrationId } = standin.registerIntegration({
    name: 'hitl',
    version: definition.version,
    url: integration.url,
    definition,
  })
  const { botId } = await standin.createBot({ integrations: [{ integrationId, alias: 'hitl', configuration }] })
  const events: { type: string; payload: any; conversationId?: string }[] = []
  standin.events.on('event', ({ botId: from, event }) => {
    if (from === botId) events.push(event as { type: string; payload: any; conversationId?: string })
  })
  const api = new Client({ apiUrl: standin.url, token: standin.workspaceToken, botId, retry: { retries: 0 } })
  const call = async <T>(action: string, input: unknown): Promise<T> => {
    const { output } = await api.callAction({ type: `hitl:${action}`, input: input as Record<string, unknown> })
    return output as T
  }

  const killAtWrite = async (at: WritePoint, action: () => Promise<unknown>) => {
    // One pause outstanding at a time, so none is left behind to hold a later request.
    let killed = false
    const hold = (seen: number) => {
      const pause = standin.pauseNext(at.operation, { by: 'integration' })
      void pause.reached.then(async () => {
        if (seen === at.nth) {
          killed = true
          await integration.kill()
        } else hold(seen + 1)
        pause.release()
      })
    }
    hold(1)
    const failure = await action().then(
      () => undefined,
      (err: Error) => err
    )
    if (!killed || !failure) {
      throw new Error(
        `the call never made write ${at.operation} #${at.nth} (it ${failure ? `failed: ${failure.message}` : 'succeeded'})`
      )
    }
  }

  const writesOf = async (action: () => Promise<unknown>) => {
    await standin.idle()
    standin.stats.reset()
    await action()
    await standin.idle()
    const counts = standin.stats.byOperation({ botId, by: 'integration' })
    return Object.fromEntries(Object.entries(counts).filter(([operation]) => WRITES.has(operation)))
  }

  return {
    standin,
    botId,
    api,
    integration,
    call,
    emitted: () => [...events],
    killAtWrite,
    writesOf,
    close: async () => {
      await integration.close()
      await standin.close()
    },
  }
}
