/**
 * One process serving the integration (or, with LOAD_SERVE=bot, the demo bot), as the load bench runs
 * them behind the stand-in. Reads the API's address and token from the environment like a deployed
 * integration; tells its parent its port and, when asked, its memory. Exits as soon as its parent is
 * gone, so it can never outlive the bench.
 */
import type { AddressInfo } from 'node:net'
import { createDemoBot, serveOnLoopback } from '../demo-bot/src'
import { integration } from '../src'

export type InstanceMessage = { port: number } | { rss: number }

const main = async () => {
  const handler = process.env.LOAD_SERVE === 'bot' ? createDemoBot().handler : integration.handler
  const server = await serveOnLoopback(handler, Number(process.env.INSTANCE_PORT ?? 0))
  const send = (message: InstanceMessage) => process.send?.(message)
  send({ port: (server.address() as AddressInfo).port })
  process.on('message', (message) => {
    if (message === 'rss') send({ rss: process.memoryUsage().rss })
  })
  process.on('disconnect', () => process.exit(0))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
