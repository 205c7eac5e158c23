/**
 * Botpress offline as a process of its own (stand-in, integration, demo bot): the desk then reaches it only
 * over HTTP with a token, as it reaches Botpress Cloud. Prints one line, `BOTPRESS_READY {apiUrl, token, alias,
 * botId}`, once it listens; stops on SIGTERM or when its parent goes.
 * Run: npx tsx web/scripts/offline-botpress.ts
 */
import { startOfflineBotpress } from '../../offline'

const main = async () => {
  const botpress = await startOfflineBotpress()
  const ready = {
    apiUrl: botpress.apiUrl,
    token: botpress.workspaceToken,
    botId: botpress.botId,
    alias: botpress.alias,
  }
  process.stdout.write(`BOTPRESS_READY ${JSON.stringify(ready)}\n`)
  const stop = async () => {
    await botpress.close()
    process.exit(0)
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  // The test (or shell) that started it went away: so does it.
  process.stdin.resume()
  process.stdin.once('end', stop)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
