import type { Server } from 'node:http'
import { Client } from '@botpress/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loopbackUrl, serveOnLoopback } from '../../demo-bot/src'
import definition from '../../integration.definition'
import { integration } from '../../src'
import { startStandin, type Standin } from '../src'

/** Two processes' worth of the integration server, each counting the requests it served. */
const countingInstance = async () => {
  const served = { count: 0 }
  const server = await serveOnLoopback(async (req) => {
    served.count++
    return integration.handler(req)
  })
  return { server, url: loopbackUrl(server), served }
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })

describe('an integration served by two instances', () => {
  let standin: Standin
  let a: Awaited<ReturnType<typeof countingInstance>>
  let b: Awaited<ReturnType<typeof countingInstance>>
  let desk: Client
  beforeAll(async () => {
    standin = await startStandin({ seed: 5 })
    process.env.BP_API_URL = standin.url
    process.env.BP_TOKEN = standin.workspaceToken
    a = await countingInstance()
    b = await countingInstance()
    const { integrationId } = standin.registerIntegration({
      name: definition.name,
      version: definition.version,
      url: a.url,
      instances: [b.url],
      definition,
    })
    const { botId } = await standin.createBot({ integrations: [{ integrationId, alias: 'hitl' }] })
    desk = new Client({ apiUrl: standin.url, token: standin.workspaceToken, botId, retry: { retries: 0 } as never })
  })
  afterAll(async () => {
    await standin.close()
    await closeServer(a.server)
  })

  const listSessions = () => desk.callAction({ type: 'hitl:listSessions', input: {} })

  it('gets each request on one of them in turn', async () => {
    const before = { a: a.served.count, b: b.served.count }
    for (let i = 0; i < 6; i++) await listSessions()
    expect(a.served.count - before.a).toBe(3)
    expect(b.served.count - before.b).toBe(3)
  })

  it('while one is down, every call reaches the other one', async () => {
    await closeServer(b.server)
    const before = a.served.count
    for (let i = 0; i < 4; i++) await expect(listSessions()).resolves.toMatchObject({ output: { sessions: [] } })
    expect(a.served.count - before).toBe(4)
  })
})
