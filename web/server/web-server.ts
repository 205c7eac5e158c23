import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { startOfflineBotpress } from '../../offline'
import { type Agent, agentsAt } from './agents'
import { buildApp } from './app'
import { deskOf } from './desk'
import { DeskFeed } from './desk-feed'

export type WebServerOptions = {
  /** 0 picks a free port. */
  port?: number
  host?: string
  distDir?: string
}

export type WebServer = {
  url: string
  botpress: Awaited<ReturnType<typeof startOfflineBotpress>>
  agents: Agent[]
  close(): Promise<void>
}

export const defaultDistDir = join(__dirname, '..', 'dist')

/** Botpress on this machine (stand-in, integration, demo bot), and the web app in front of it. */
export const startWebServer = async (opts: WebServerOptions = {}): Promise<WebServer> => {
  const host = opts.host ?? '127.0.0.1'
  const botpress = await startOfflineBotpress()
  const feed = new DeskFeed(botpress.standin.events as never, botpress.botId)
  let agents: Agent[] = []

  const app = buildApp({
    desk: deskOf(botpress.desk, botpress.alias),
    client: botpress.desk,
    feed,
    roster: () => agents,
    standinUrl: botpress.standin.url,
    botId: botpress.botId,
    // The bot reads the integration's tags under the alias it installed it with (`<alias>:status`).
    integrationName: botpress.alias,
    distDir: opts.distDir ?? defaultDistDir,
  })

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 0, hostname: host }, () => resolve(s))
    s.once('error', reject)
  }).catch(async (err) => {
    feed.close()
    await botpress.close()
    throw err
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host}:${port}`
  agents = agentsAt(url)

  return {
    url,
    botpress,
    agents,
    close: async () => {
      feed.close()
      const http = server as import('node:http').Server
      await new Promise<void>((resolve) => {
        http.close(() => resolve())
        http.closeAllConnections?.()
      })
      await botpress.close()
    },
  }
}
