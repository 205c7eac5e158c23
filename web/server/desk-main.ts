import { DeskConfigError, deskConfigFromEnv } from './desk-config'
import { startDeskServer } from './desk-server'

/** `npm run desk`: the HITL desk alone, in front of the bot that the environment names. */
const main = async () => {
  const config = deskConfigFromEnv()
  const desk = await startDeskServer(config)
  console.log(
    `HITL desk for bot ${config.botpress.botId} at ${config.botpress.apiUrl} (alias "${config.botpress.alias}")`
  )
  console.log(`  sign in at ${config.origin ?? desk.url}/hitl`)
  const stop = async () => {
    await desk.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((err) => {
  if (err instanceof DeskConfigError) console.error(err.message)
  else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE')
    console.error(`Port ${process.env.PORT ?? 3100} is taken: run with PORT=<another port>.`)
  else console.error(err)
  process.exit(1)
})
