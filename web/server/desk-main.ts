import { DeskConfigError, deskConfigFromEnv } from './desk-config'
import { startDeskServer } from './desk-server'
import { serveUntilStopped } from './serve-until-stopped'

/** `npm run desk`: the HITL desk alone, in front of the bot that the environment names. */
serveUntilStopped(
  async () => {
    const config = deskConfigFromEnv()
    const desk = await startDeskServer(config)
    return { config, desk, close: () => desk.close() }
  },
  ({ config, desk }) => {
    console.log(
      `HITL desk for bot ${config.botpress.botId} at ${config.botpress.apiUrl} (alias "${config.botpress.alias}")`
    )
    console.log(`  sign in at ${config.origin ?? desk.url}/hitl`)
  },
  3100,
  (err) => err instanceof DeskConfigError
)
