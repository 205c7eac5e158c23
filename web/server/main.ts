import { serveUntilStopped } from './serve-until-stopped'
import { startWebServer } from './web-server'

/** `npm start`: the offline Botpress, the demo bot, the end-user chat and the HITL tab. */
serveUntilStopped(
  () => startWebServer({ port: Number(process.env.PORT ?? 3000) }),
  (web) => {
    console.log(`HITL demo: ${web.url}`)
    console.log(`  end-user chat: ${web.url}/`)
    console.log(`  HITL tab:      ${web.url}/hitl   (demo agents sign in with one click)`)
  },
  3000
)
