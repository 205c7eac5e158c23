import { startWebServer } from './web-server'

const main = async () => {
  const port = Number(process.env.PORT ?? 3000)
  const web = await startWebServer({ port })
  console.log(`HITL demo: ${web.url}`)
  console.log(`  end-user chat: ${web.url}/`)
  console.log(`  HITL tab:      ${web.url}/hitl   (demo agents sign in with one click)`)

  const stop = async () => {
    await web.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((err) => {
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE')
    console.error(`Port ${process.env.PORT ?? 3000} is taken: run with PORT=<another port>.`)
  else console.error(err)
  process.exit(1)
})
