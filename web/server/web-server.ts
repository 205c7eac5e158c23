import { randomBytes } from 'node:crypto'
import { startOfflineBotpress, type OfflineOptions } from '../../offline'
import { demoAgentsAt } from './agents'
import { type DeskServer, defaultDistDir, startDeskServer } from './desk-server'
import { type Agent, publicAgent, rosterOf } from './roster'

export { defaultDistDir }

export type WebServerOptions = {
  /** 0 picks a free port. */
  port?: number
  host?: string
  distDir?: string
  /** How the offline Botpress is started (the integration's configuration, for one). */
  botpress?: OfflineOptions
  /** How often the desk closes abandoned sessions (default: once a minute). */
  sweepMs?: number
}

export type WebServer = {
  url: string
  botpress: Awaited<ReturnType<typeof startOfflineBotpress>>
  desk: DeskServer
  agents: Agent[]
  close(): Promise<void>
}

/**
 * `npm start`: Botpress on this machine (stand-in, integration, demo bot), and the desk pointed at it over
 * HTTP with a token, exactly as it would be pointed at Botpress Cloud. The demo's three agents sign in
 * with one click.
 */
export const startWebServer = async (opts: WebServerOptions = {}): Promise<WebServer> => {
  const botpress = await startOfflineBotpress(opts.botpress)
  let agents: Agent[] = []
  const desk = await startDeskServer({
    botpress: { apiUrl: botpress.apiUrl, token: botpress.workspaceToken, botId: botpress.botId, alias: botpress.alias },
    roster: (url) => {
      const roster = demoAgentsAt(url)
      agents = roster.map(publicAgent)
      return rosterOf(roster)
    },
    // One process, one instance: a fresh secret each start signs everyone out, which the demo can afford.
    sessionSecret: randomBytes(32).toString('base64url'),
    port: opts.port,
    host: opts.host,
    distDir: opts.distDir,
    demo: true,
    chatUrl: botpress.apiUrl,
    sweepMs: opts.sweepMs,
  }).catch(async (err) => {
    await botpress.close()
    throw err
  })
  return {
    url: desk.url,
    botpress,
    desk,
    agents,
    close: async () => {
      await desk.close()
      await botpress.close()
    },
  }
}
