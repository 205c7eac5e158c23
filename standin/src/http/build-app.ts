// One hono app: the runtime API under /v1, the chat channel under /chat, integration webhooks under /webhooks.
import { Hono } from 'hono'
import { type Env, errorResponse, limitedBodySize, limitedJsonNesting, onApiError } from './api-edge'
import { type ApiRouteOptions, apiRoutes } from './api-routes'
import { chatRoutes } from './chat-routes'
import type { ChatChannel } from '../chat-channel'
import { ApiError } from './api-errors'
import type { Runtime } from '../runtime'
import { webhookRoutes } from './webhook-routes'

export const buildApp = (rt: Runtime, chat: ChatChannel, opts: ApiRouteOptions) => {
  const app = new Hono<Env>()
  app.onError(onApiError)
  app.notFound((c) =>
    errorResponse(c, new ApiError('ResourceNotFound', `No route ${c.req.method} ${new URL(c.req.url).pathname}`))
  )
  app.get('/health', (c) => c.text('ok'))
  app.use('*', limitedBodySize(), limitedJsonNesting)
  app.route('/', apiRoutes(rt, opts))
  app.route('/chat', chatRoutes(rt, chat))
  app.route('/webhooks', webhookRoutes(rt))
  return app
}
