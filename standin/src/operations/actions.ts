// /v1/chat/actions: a bot calls `<alias>:<action>`; the stand-in forwards it synchronously to that
// integration as `action_triggered` and answers with its output, or with its error unchanged.
import { reportActionCall } from '../action-observers'
import { ApiError, forbidden, invalid, UpstreamError } from '../http/api-errors'
import { callIntegration } from '../delivery/routing'
import { checkAgainst } from '../store/check-against'
import type { Operation } from './context'

export const callAction: Operation = async (ctx, { body }) => {
  if (ctx.caller.role !== 'bot') throw forbidden('Only a bot can call actions')
  const type: string = body.type
  const split = type.indexOf(':')
  if (split <= 0) throw invalid(`Action type "${type}" must be "<integration alias>:<action name>"`)
  const alias = type.slice(0, split)
  const action = type.slice(split + 1)
  const target = ctx.rt.registry.installationByAlias(ctx.caller.bot, alias)
  if (!target)
    throw new ApiError(
      'ResourceNotFound',
      `No integration is installed with alias "${alias}" in this bot (action "${type}")`
    )
  const declared = target.integration.definition.actions?.[action]
  if (!declared) throw invalid(`Action "${action}" is not declared by integration "${target.integration.name}"`)
  checkAgainst(declared.input?.schema, body.input, `Input of action "${type}"`)
  try {
    const result = await callIntegration(
      ctx.rt,
      ctx.caller.bot,
      target.installation,
      target.integration,
      'action_triggered',
      {
        type: action,
        input: body.input,
      }
    )
    const answer = { output: result?.output ?? {}, meta: { cached: false } }
    reportActionCall({ type, input: body.input, outcome: { ok: true, body: answer } })
    return { body: answer }
  } catch (err) {
    reportActionCall({ type, input: body.input, outcome: { ok: false, body: errorBodyOf(err) } })
    throw err
  }
}

const errorBodyOf = (err: unknown): unknown => {
  if (err instanceof ApiError) return err.toBody()
  if (err instanceof UpstreamError) {
    try {
      return JSON.parse(err.body)
    } catch {
      return err.body
    }
  }
  return String(err)
}
