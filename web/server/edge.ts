import { isApiError } from '@botpress/client'
import type { z } from '@botpress/sdk'
import type { Context, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { validator } from 'hono/validator'
import { BotpressProblemError } from './botpress-problem'
import { MAX_JSON_DEPTH, depthOf } from './request-guards'

export const refuse = (status: ContentfulStatusCode, message: string): never => {
  throw new HTTPException(status, { message })
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid request'
}

/** Validation at the edge: the handler receives the parsed value, or the caller gets a 400 that says what is wrong. */
export const body = <S extends z.ZodTypeAny>(schema: S) =>
  validator('json', (value): z.infer<S> => {
    if (depthOf(value) > MAX_JSON_DEPTH) refuse(400, `body: nested deeper than ${MAX_JSON_DEPTH} levels, the limit`)
    const parsed = schema.safeParse(value)
    return parsed.success ? parsed.data : refuse(400, firstIssue(parsed.error))
  })

export const query = <S extends z.ZodTypeAny>(schema: S) =>
  validator('query', (value): z.infer<S> => {
    const parsed = schema.safeParse(value)
    return parsed.success ? parsed.data : refuse(400, firstIssue(parsed.error))
  })

/**
 * One error policy: refusals keep their status; a Botpress problem the agent cannot fix from the tab is a 503
 * with its sentence; the integration's refusals keep their 4xx; anything else is a 500 with its message.
 */
export const onError: ErrorHandler = (err, c: Context) => {
  if (err instanceof HTTPException) return err.res ?? c.json({ error: err.message }, err.status)
  if (err instanceof BotpressProblemError)
    return c.json({ error: err.message, problem: err.problem.kind }, err.problem.kind === 'rate-limited' ? 429 : 503)
  if (isApiError(err)) {
    const status = (err.code >= 400 && err.code < 500 ? err.code : 502) as ContentfulStatusCode
    return c.json({ error: err.message, type: err.type }, status)
  }
  console.error(err)
  return c.json({ error: err instanceof Error ? err.message : String(err) }, 500)
}
