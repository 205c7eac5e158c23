import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

type Held = { release: () => void }

/**
 * A pass-through in front of the bot server that can hold back deliveries of one event type (the
 * `x-bp-type` header) until released: the bot and the platform stay real, only the order in which the
 * news reaches the bot is chosen by the test.
 */
export const startDeliveryGate = async (botUrl: string) => {
  const holding = new Set<string>()
  const held: Held[] = []
  const arrivals: ((type: string) => void)[] = []

  const forward = async (req: IncomingMessage, body: Buffer) => {
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v
    return fetch(`${botUrl}${req.url ?? '/'}`, {
      method: req.method,
      headers,
      body: req.method === 'GET' ? undefined : new Uint8Array(body),
    })
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const type = String(req.headers['x-bp-type'] ?? '')
      const pass = async () => {
        try {
          const answer = await forward(req, Buffer.concat(chunks))
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
          res.end(Buffer.from(await answer.arrayBuffer()))
        } catch {
          res.writeHead(502).end()
        }
      }
      for (const notify of arrivals.splice(0)) notify(type)
      if (holding.has(type)) held.push({ release: () => void pass() })
      else void pass()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    hold: (type: string) => holding.add(type),
    /** Resolves once a delivery of `type` is being held. */
    held: (type: string) =>
      new Promise<void>((resolve) => {
        const check = (arrived: string) => (arrived === type && holding.has(type) ? resolve() : arrivals.push(check))
        arrivals.push(check)
      }),
    releaseAll: () => {
      holding.clear()
      for (const h of held.splice(0)) h.release()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
