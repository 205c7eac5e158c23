import { isApiError } from '@botpress/client'
import type { z } from '@botpress/sdk'
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { validator } from 'hono/validator'
import type { Agent } from './agents'

/** What the handlers find on the context once the edge has checked the request. */
export type WebEnv = { Variables: { agent: Agent } }

const refuse = (status: ContentfulStatusCode, message: string): never => {
  throw new HTTPException(status, { message })
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid request'
}

/** Validation at the edge: the handler receives the parsed value, or the caller gets a 400 that says what is wrong. */
export const body = <S extends z.ZodTypeAny>(schema: S) =>
  validator('json', (value): z.infer<S> => {
    const parsed = schema.safeParse(value)
    return parsed.success ? parsed.data : refuse(400, firstIssue(parsed.error))
  })

export const query = <S extends z.ZodTypeAny>(schema: S) =>
  validator('query', (value): z.infer<S> => {
    const parsed = schema.safeParse(value)
    return parsed.success ? parsed.data : refuse(400, firstIssue(parsed.error))
  })

/** The agent acting in the HITL tab, named by the `x-agent-email` header (or `?agent=` for EventSource). */
export const actingAgent =
  (roster: () => Agent[]): MiddlewareHandler<WebEnv> =>
  async (c, next) => {
    const email = (c.req.header('x-agent-email') ?? c.req.query('agent') ?? '').trim().toLowerCase()
    const agent = roster().find((a) => a.email === email)
    if (!agent)
      return refuse(
        401,
        email ? `No agent with the email ${email} in this workspace` : 'Choose who you are first (x-agent-email)'
      )
    c.set('agent', agent)
    await next()
  }

/** One error policy: refusals keep their status, Botpress errors their 4xx, anything else is a 500 with its message. */
export const onError: ErrorHandler = (err, c: Context) => {
  if (err instanceof HTTPException) return c.json({ error: err.message }, err.status)
  if (isApiError(err)) {
    const status = (err.code >= 400 && err.code < 500 ? err.code : 502) as ContentfulStatusCode
    return c.json({ error: err.message, type: err.type }, status)
  }
  console.error(err)
  return c.json({ error: err instanceof Error ? err.message : String(err) }, 500)
}
