import { serveUntilStopped } from './serve-until-stopped'
import { startWebServer } from './web-server'

/** `npm start`: the offline Botpress, the demo bot, the end-user chat and the HITL tab. */
serveUntilStopped(
  () =>
    startWebServer({
      port: Number(process.env.PORT ?? 3000),
      // The demo shows service levels and the silent end user; abandoned sessions are left to the agents.
      botpress: {
        integrationConfiguration: {
          sla: {
            urgent: { firstResponseMinutes: 2, resolutionMinutes: 30 },
            high: { firstResponseMinutes: 5, resolutionMinutes: 60 },
            normal: { firstResponseMinutes: 10, resolutionMinutes: 120 },
            low: { firstResponseMinutes: 30 },
          },
          endUser: { silentAfterMinutes: 5 },
        },
      },
    }),
  (web) => {
    console.log(`HITL demo: ${web.url}`)
    console.log(`  end-user chat: ${web.url}/`)
    console.log(`  HITL tab:      ${web.url}/hitl   (demo agents sign in with one click)`)
  },
  3000
)
