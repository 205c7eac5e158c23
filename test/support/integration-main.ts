/**
 * The integration as its own process, as Botpress runs it: started by `startIntegrationProcess`, which kills
 * it at chosen points. It reads the stand-in's address and token from the environment, listens on 127.0.0.1,
 * prints its port, and exits when its parent closes stdin (it never outlives the test run).
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { integration } from '../../src'

/**
 * The test's hand on this process's clock, which vi cannot reach: Date.now (all the integration reads) runs
 * `offset` ms from the real clock, set from the environment at start and by `clock <offset>` lines on stdin,
 * each acknowledged on stdout once in force.
 */
let offset = Number(process.env.HITL_TEST_CLOCK_OFFSET_MS ?? 0)
const realNow = Date.now.bind(Date)
Date.now = () => realNow() + offset
let input = ''
process.stdin.on('data', (chunk: Buffer) => {
  input += chunk.toString()
  let end: number
  while ((end = input.indexOf('\n')) >= 0) {
    const found = /^clock (-?\d+)$/.exec(input.slice(0, end))
    input = input.slice(end + 1)
    if (!found) continue
    offset = Number(found[1])
    process.stdout.write(`clock-set ${offset}\n`)
  }
})

const main = async () => {
  const server = (await integration.start(0)) as Server
  process.stdout.write(`integration-port ${(server.address() as AddressInfo).port}\n`)
  process.stdin.resume()
  process.stdin.on('end', () => process.exit(0))
}

void main()
