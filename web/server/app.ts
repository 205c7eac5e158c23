import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Client } from '@botpress/client'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { csrf } from 'hono/csrf'
import type { SessionOptions } from './agent-session'
import { apiDocsRoutes } from './api-docs-routes'
import { authRoutes } from './auth-routes'
import { chatRoutes } from './chat-routes'
import type { Desk } from './desk'
import { type DeskFeed, deskRoutes } from './desk-routes'
import { onError } from './edge'
import { bodySizeLimit, sameOrigin } from './request-guards'
import type { Roster } from './roster'
import { sampleRoutes } from './samples'
import { savedReplyRoutes } from './saved-reply-routes'
import { webhookRoutes } from './webhook-routes'

export type AppDeps = {
  desk: Desk
  client: Pick<Client, 'getConversation' | 'getUser'>
  feed: DeskFeed
  roster: Roster
  session: SessionOptions
  /** The origins the desk answers at (`DESK_ORIGIN`); any other Host is refused. */
  origins: () => string[]
  /** Behind a load balancer (`DESK_TRUST_PROXY`): sign-in attempts are counted per X-Forwarded-For caller. */
  trustProxy?: boolean
  /** The offline demo: one-click sign-in for its agents, marked as demo. */
  demo: boolean
  /** The end user's chat page, offline only: the stand-in's built-in chat channel for this bot. */
  chat?: { standinUrl: string; botId: string; alias: string }
  /** The integration's signed session webhooks (`DESK_WEBHOOK_SECRET`): pushed to the tabs at once. */
  webhook?: { secret: string; botId: string }
  /** The built client (vite build output). */
  distDir: string
}

const publicDir = join(__dirname, 'public')

const NOT_BUILT = 'The web client is not built: run `npx vite build --config web/vite.config.ts` (npm start does it).'

/** The whole web app: the edge checks, the JSON API, the local assets (avatars, sample media), then the built pages. */
export const buildApp = (deps: AppDeps) => {
  const indexHtml = join(deps.distDir, 'index.html')
  /** Both pages (/ and /hitl/...) are the one built index.html; the client picks what to show from the path. */
  const servePage = serveStatic({ path: indexHtml })
  const app = new Hono()
    .onError(onError)
    .use('*', sameOrigin(deps.origins))
    // Cross-site form posts (the classic CSRF) are refused here; JSON writes also need the session's token.
    .use('/api/*', csrf({ origin: (origin) => deps.origins().includes(origin) }))
    .use('/api/*', bodySizeLimit())
    .route('/api/auth', authRoutes(deps))
    .route('/api/desk/saved-replies', savedReplyRoutes(deps))
    .route('/api/desk', deskRoutes(deps))
  if (deps.chat) app.route('/api/chat', chatRoutes({ ...deps.chat, client: deps.client }))
  const { webhook } = deps
  // The cursor stays the safety net: an event that never arrives is still seen at the next read.
  if (webhook)
    app.route(
      '/',
      webhookRoutes({
        secret: webhook.secret,
        onEvent: (event) => {
          if (event.botId === webhook.botId)
            deps.feed.publish({ reason: 'conversation', conversationId: event.conversationId })
        },
      })
    )
  return app
    .all('/api/*', (c) => c.json({ error: `No route ${c.req.method} ${c.req.path}` }, 404))
    .route('/', apiDocsRoutes())
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
