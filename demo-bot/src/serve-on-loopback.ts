import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type * as sdk from '@botpress/sdk'

/** What one call to a bot or integration may carry; Botpress's own limits are not published. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024

class BodyTooLarge extends Error {}

/** The body as text; one over the limit is read to its end (so the 413 reaches the caller) but not kept. */
const readBody = (req: IncomingMessage): Promise<string | undefined> =>
  new Promise((resolve, reject) => {
    if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return resolve(undefined)
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('error', reject)
    req.on('end', () =>
      size > MAX_BODY_BYTES ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))
    )
  })

const toSdkRequest = (req: IncomingMessage, body: string | undefined): sdk.Request => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const headers: Record<string, string> = {}
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers[req.rawHeaders[i]!.toLowerCase()] = req.rawHeaders[i + 1]!
  return { body, path: url.pathname, query: url.search.replace(/^\?/, ''), headers, method: req.method ?? 'GET' }
}

/**
 * An SDK handler (bot or integration) served as `sdk.serve` serves it, but on 127.0.0.1 only, where
 * `sdk.serve` listens on every interface without any authentication, and with a bounded body (413).
 */
export const serveOnLoopback = async (handler: sdk.Handler, port = 0): Promise<Server> => {
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req)
      if (req.url === '/health') return void res.writeHead(200).end('ok')
      const answer = await handler(toSdkRequest(req, body))
      res.writeHead(answer?.status ?? 200, answer?.headers ?? {}).end(answer?.body ?? '{}')
    } catch (err) {
      if (err instanceof BodyTooLarge)
        return void res
          .writeHead(413, { 'content-type': 'application/json', connection: 'close' })
          .end(JSON.stringify({ error: `The request body exceeds the limit of ${MAX_BODY_BYTES} bytes` }))
      res.writeHead(500).end(JSON.stringify({ error: err instanceof Error ? err.message : String(err) }))
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return server
}

export const loopbackUrl = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`
