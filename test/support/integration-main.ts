/**
 * The integration as its own process, as Botpress runs it: started by `startIntegrationProcess`, which kills
 * it at chosen points. It reads the stand-in's address and token from the environment, listens on 127.0.0.1,
 * prints its port, and exits when its parent closes stdin (it never outlives the test run).
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { integration } from '../../src'

const main = async () => {
  const server = (await integration.start(0)) as Server
  process.stdout.write(`integration-port ${(server.address() as AddressInfo).port}\n`)
  process.stdin.resume()
  process.stdin.on('end', () => process.exit(0))
}

void main()
