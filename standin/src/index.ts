// startStandin: a local stand-in of the Botpress runtime API (/v1/chat/...) on 127.0.0.1, with
// Botpress-like routing between a bot server, integration servers and a built-in chat channel.
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { buildApp } from './http/build-app'
import type { SchemaViolation } from './http/api-routes'
import { ChatChannel } from './chat-channel'
import type { DeliveryOptions } from './delivery/deliveries'
import type { Faults } from './faults/faults'
import type { Caller, Pause } from './faults/pauses'
import type { SchedulingMode } from './delivery/scheduler'
import type { CallFilter } from './faults/stats'
import { Runtime } from './runtime'
import {
  type BotCreation,
  type IntegrationRegistration,
  createBot,
  installChatIntegration,
  registerIntegration,
  setBotUrl,
} from './workspace'

export type { Faults } from './faults/faults'
export type { ChatMessage, OutgoingChatMessage } from './chat-channel'
export type { SchemaViolation } from './http/api-routes'
export type { CallFilter } from './faults/stats'
export type { Pause } from './faults/pauses'
export { ChatChannel } from './chat-channel'

export type StandinOptions = {
  /** 0 (default) picks a free port. */
  port?: number
  faults?: Partial<Faults>
  /** Seed for fault randomness (reproducible runs). */
  seed?: number
  /** Requests are always validated; with `validate`, a response that violates the published schema becomes a 500 (all violations are recorded either way). */
  validate?: boolean
  /** Page size of list operations (default 20). */
  pageSize?: number
  /** Delivery retries: attempts (default 5), first backoff (default 50 ms, doubling), per-attempt timeout. */
  delivery?: Partial<DeliveryOptions>
  /** `on-time` (default): scheduled events fire after their delay; `on-demand`: only by `fireScheduledEvents()`. */
  scheduledEvents?: SchedulingMode
}

export type StandinEvents = {
  message: { botId: string; message: import('./chat-channel').ChatMessage }
  conversation: { botId: string; conversation: unknown }
  event: { botId: string; event: unknown }
  'delivery-failed': {
    botId: string
    target: 'bot' | 'integration'
    reason: string
    attempts: number
    [key: string]: unknown
  }
}

export interface Standin {
  url: string
  workspaceToken: string
  registerIntegration(def: IntegrationRegistration): { integrationId: string; token: string }
  createBot(opts: BotCreation): Promise<{ botId: string; token: string }>
  setBotUrl(botId: string, url: string): void
  chat: ChatChannel
  faults: { set(f: Partial<Faults>): void; reset(): void }
  stats: { calls(filter?: CallFilter): number; reset(): void; byOperation(filter?: CallFilter): Record<string, number> }
  events: {
    on<K extends keyof StandinEvents>(event: K, listener: (e: StandinEvents[K]) => void): void
    off<K extends keyof StandinEvents>(event: K, listener: (e: StandinEvents[K]) => void): void
    once<K extends keyof StandinEvents>(event: K, listener: (e: StandinEvents[K]) => void): void
  }
  /** Responses that did not match the published schema (recorded in every mode). */
  schemaViolations(): SchemaViolation[]
  idle(): Promise<void>
  /** Holds the next request of `operation` (optionally only from that caller) until `release()`: a race in a chosen order. */
  pauseNext(operation: string, opts?: { by?: Caller }): Pause
  /** Delivers every scheduled event that is still waiting, now; returns how many. */
  fireScheduledEvents(): number
  close(): Promise<void>
}

export const startStandin = async (opts: StandinOptions = {}): Promise<Standin> => {
  const rt = new Runtime({
    pageSize: opts.pageSize,
    delivery: opts.delivery,
    seed: opts.seed,
    faults: opts.faults,
    scheduledEvents: opts.scheduledEvents,
  })
  const chatIntegration = installChatIntegration(rt)
  const chat = new ChatChannel(rt)
  const violations: SchemaViolation[] = []
  const app = buildApp(rt, chat, { validateResponses: opts.validate ?? false, violations })

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  const { port } = server.address() as AddressInfo
  rt.url = `http://127.0.0.1:${port}`

  return {
    url: rt.url,
    workspaceToken: rt.registry.workspaceToken,
    registerIntegration: (def) => registerIntegration(rt, def),
    createBot: (o) => createBot(rt, chatIntegration.id, o),
    setBotUrl: (botId, url) => setBotUrl(rt, botId, url),
    chat,
    faults: { set: (f) => rt.faults.set(f), reset: () => rt.faults.reset() },
    stats: {
      calls: (f) => rt.stats.calls(f),
      reset: () => rt.stats.reset(),
      byOperation: (f) => rt.stats.byOperation(f),
    },
    events: {
      on: (e, l) => void rt.emitter.on(e, l as never),
      off: (e, l) => void rt.emitter.off(e, l as never),
      once: (e, l) => void rt.emitter.once(e, l as never),
    },
    schemaViolations: () => [...violations],
    idle: () => rt.tracker.idle(),
    fireScheduledEvents: () => rt.scheduler.fireAll(),
    pauseNext: (operation, o) => rt.pauses.add(operation, o?.by),
    close: async () => {
      rt.deliveries.close()
      rt.scheduler.clear()
      rt.pauses.clear()
      const s = server as import('node:http').Server
      await new Promise<void>((resolve) => {
        s.close(() => resolve())
        s.closeAllConnections?.()
      })
    },
  }
}
