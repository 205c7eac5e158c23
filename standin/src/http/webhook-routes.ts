// /webhooks/:webhookId — the URL given to an integration's `register`; calls to it reach the
// integration as `webhook_received`, and the integration's answer goes back to the caller.
import { type Context, Hono } from 'hono'
import type { Env } from './api-edge'
import { ApiError, notFound } from './api-errors'
import type { Runtime } from '../runtime'
import { postToInstance } from '../delivery/instances'
import { integrationHeaders } from '../delivery/server-headers'

export const webhookRoutes = (rt: Runtime) => {
  const app = new Hono<Env>()

  async function forward(c: Context<Env>) {
    const webhookId = c.req.param('webhookId')!
    const found = rt.registry.findWebhook(webhookId)
    if (!found) throw notFound('Webhook', webhookId)
    const { bot, installation, integration } = found
    const url = new URL(c.req.url)
    const req = {
      method: c.req.method,
      path: url.pathname.slice(`/webhooks/${webhookId}`.length) || '/',
      query: url.search.replace(/^\?/, ''),
      headers: c.req.header(),
      body: ['GET', 'HEAD'].includes(c.req.method) ? undefined : await c.req.text(),
    }
    const end = rt.tracker.begin()
    try {
      const result = await postToInstance(
        integration,
        integrationHeaders(bot, installation, integration, 'webhook_received'),
        { req },
        rt.deliveryOptions.timeoutMs
      )
      return c.body(result.body, result.status as 200, { 'content-type': result.contentType })
    } catch (err) {
      throw new ApiError(
        'Internal',
        `Integration "${integration.name}" could not be reached: ${(err as Error).message}`
      )
    } finally {
      end()
    }
  }
  app.all('/:webhookId/*', (c) => forward(c))
  app.all('/:webhookId', (c) => forward(c))
  return app
}
