import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Client } from '@botpress/client'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { Agent } from './agents'
import { chatRoutes } from './chat-routes'
import type { Desk } from './desk'
import type { DeskFeed } from './desk-feed'
import { deskRoutes } from './desk-routes'
import { onError } from './edge'
import { sampleRoutes } from './samples'

export type AppDeps = {
  desk: Desk
  client: Client
  feed: DeskFeed
  roster: () => Agent[]
  standinUrl: string
  botId: string
  /** The name the integration's tags carry as their prefix, as the bot sees them. */
  integrationName: string
  /** The built client (vite build output). */
  distDir: string
}

const publicDir = join(__dirname, 'public')

const NOT_BUILT = 'The web client is not built: run `npx vite build --config web/vite.config.ts` (npm start does it).'

/** The whole web app: the JSON API, the local assets (avatars, sample media), then the built pages. */
export const buildApp = (deps: AppDeps) => {
  const indexHtml = join(deps.distDir, 'index.html')
  /** Both pages (/ and /hitl/...) are the one built index.html; the client picks what to show from the path. */
  const servePage = serveStatic({ path: indexHtml })
  return new Hono()
    .onError(onError)
    .get('/api/agents', (c) => c.json({ agents: deps.roster() }))
    .route('/api/desk', deskRoutes(deps))
    .route('/api/chat', chatRoutes(deps))
    .all('/api/*', (c) => c.json({ error: `No route ${c.req.method} ${c.req.path}` }, 404))
    .route('/samples', sampleRoutes())
    .use('/avatars/*', serveStatic({ root: publicDir }))
    .use('/assets/*', serveStatic({ root: deps.distDir }))
    .get('/favicon.svg', serveStatic({ path: join(publicDir, 'favicon.svg') }))
    .get('*', async (c, next) => {
      if (!existsSync(indexHtml)) return c.text(NOT_BUILT, 503)
      c.header('cache-control', 'no-cache')
      return (await servePage(c, next)) ?? c.notFound()
    })
}
