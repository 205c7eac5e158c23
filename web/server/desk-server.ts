import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { buildApp } from './app'
import { type BotpressTarget, botpressClient } from './botpress-client'
import { problemLogger } from './botpress-problem'
import { ChangeFeed } from './change-feed'
import { deskOf } from './desk'
import type { Roster } from './roster'
import { sharedReads } from './shared-reads'

export type DeskServerOptions = {
  botpress: BotpressTarget & { alias: string }
  /** The roster, given the desk's own URL (the demo's avatars are served by the desk). */
  roster: (deskUrl: string) => Roster
  /** Signs the agents' session cookies: the same secret on every instance behind one load balancer. */
  sessionSecret: string
  /** The public origin agents open (`DESK_ORIGIN`); default the address it listens on. */
  origin?: string
  /** 0 picks a free port. */
  port?: number
  host?: string
  distDir?: string
  demo?: boolean
  /** The end user's chat page (offline only): the stand-in's chat channel. */
  chatUrl?: string
  pollMs?: number
  /** How often the change loop asks the integration to close abandoned sessions (default: once a minute). */
  sweepMs?: number
  /** Behind a load balancer that sets X-Forwarded-For. */
  trustProxy?: boolean
  /** The secret of the integration's session webhooks, when they point at this desk's /webhooks/hitl. */
  webhookSecret?: string
  log?: (line: string) => void
}

export type DeskServer = {
  url: string
  /** Botpress API calls this desk made, by operation (for the bench). */
  calls: { total(): number; byOperation(): Record<string, number>; reset(): void }
  close(): Promise<void>
}

export const defaultDistDir = join(__dirname, '..', 'dist')

/** The HITL desk in front of one bot, reaching Botpress only through its public API. */
export const startDeskServer = async (opts: DeskServerOptions): Promise<DeskServer> => {
  const host = opts.host ?? '127.0.0.1'
  const counts: Record<string, number> = {}
  const client = botpressClient(opts.botpress, (op) => (counts[op] = (counts[op] ?? 0) + 1))
  const logProblem = problemLogger(opts.log)
  const context = { apiUrl: opts.botpress.apiUrl, botId: opts.botpress.botId, alias: opts.botpress.alias }
  const desk = deskOf(client, context, (err) => logProblem(err.problem))
  const feed = new ChangeFeed(client, {
    ...context,
    pollMs: opts.pollMs,
    onProblem: logProblem,
    sweep: () => desk('sweepAbandoned', {}),
    offer: (input) => desk('offerPendingSessions', input),
    sweepMs: opts.sweepMs,
  })
  const reads = sharedReads(desk)
  feed.observe(reads.forget)
  let roster: Roster | undefined
  let origins: string[] = []
  const lateRoster: Roster = {
    agents: () => roster?.agents() ?? [],
    byEmail: (email) => roster?.byEmail(email),
  }
  const app = buildApp({
    desk: reads.desk,
    client,
    feed,
    roster: lateRoster,
    session: { secret: opts.sessionSecret, secure: (opts.origin ?? '').startsWith('https:') },
    origins: () => origins,
    demo: opts.demo ?? false,
    trustProxy: opts.trustProxy,
    chat: opts.chatUrl
      ? { standinUrl: opts.chatUrl, botId: opts.botpress.botId, alias: opts.botpress.alias }
      : undefined,
    webhook: opts.webhookSecret ? { secret: opts.webhookSecret, botId: opts.botpress.botId } : undefined,
    distDir: opts.distDir ?? defaultDistDir,
  })

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 0, hostname: host }, () => resolve(s as Server))
    s.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host}:${port}`
  origins = opts.origin ? [opts.origin] : [url, `http://localhost:${port}`]
  try {
    roster = opts.roster(opts.origin ?? url)
  } catch (err) {
    server.close()
    throw err
  }

  return {
    url,
    calls: {
      total: () => Object.entries(counts).reduce((sum, [op, n]) => (op === 'retry' ? sum : sum + n), 0),
      byOperation: () => ({ ...counts }),
      reset: () => {
        for (const op of Object.keys(counts)) delete counts[op]
      },
    },
    close: async () => {
      feed.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
      })
    },
  }
}
