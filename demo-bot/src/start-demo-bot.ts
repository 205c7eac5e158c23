import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createDemoBot, type DemoBotOptions } from './create-demo-bot'
import { serveOnLoopback } from './serve-on-loopback'

export type DemoBotServer = { url: string; port: number; server: Server; close: () => Promise<void> }

/** The demo bot behind the SDK's own bot server, on 127.0.0.1 (port 0 picks a free one). */
export const startDemoBot = async (options: DemoBotOptions & { port?: number } = {}): Promise<DemoBotServer> => {
  const bot = createDemoBot(options)
  const server = await serveOnLoopback(bot.handler, options.port ?? 0)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
      }),
  }
}
