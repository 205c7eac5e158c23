import { isApiError } from '@botpress/client'

/** What went wrong between the desk and Botpress, in words an agent (or whoever runs the desk) can act on. */
export type BotpressProblem = {
  kind: 'unreachable' | 'token' | 'bot' | 'alias' | 'rate-limited' | 'botpress-error'
  sentence: string
}

export type ProblemContext = { apiUrl: string; botId: string; alias: string }

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'ECONNABORTED'])

const networkCodeOf = (err: unknown): string | undefined => {
  const cause = (err as { error?: { code?: unknown } }).error
  return typeof cause?.code === 'string' ? cause.code : undefined
}

/** Only a whole missing installation: a 404 on one session is the integration's own answer, passed through. */
const isMissingInstallation = (message: string, alias: string) =>
  /not installed|no integration/i.test(message) || (message.includes(`"${alias}"`) && /alias/i.test(message))

export class BotpressProblemError extends Error {
  constructor(
    readonly problem: BotpressProblem,
    options?: { cause?: unknown }
  ) {
    super(problem.sentence, options)
  }
}

/**
 * The problems the desk cannot solve by itself, each with what to do; undefined for everything else (an
 * action's own refusal, such as "assigned to Maya Okafor", is the agent's to read as it is).
 */
export const botpressProblemOf = (err: unknown, ctx: ProblemContext): BotpressProblem | undefined => {
  if (err instanceof BotpressProblemError) return err.problem
  if (!isApiError(err)) return undefined
  const network = networkCodeOf(err)
  if (network && UNREACHABLE.has(network))
    return {
      kind: 'unreachable',
      sentence: `Botpress cannot be reached at ${ctx.apiUrl} (${network}): check that it is running and that BOTPRESS_API_URL is right; the desk keeps trying.`,
    }
  if (err.code === 401)
    return {
      kind: 'token',
      sentence:
        'Botpress refused the desk’s token (401): set BOTPRESS_TOKEN to a valid personal access token or the bot’s token, then restart the desk.',
    }
  if (err.code === 403)
    return {
      kind: 'bot',
      sentence: `Botpress does not let this token act on bot ${ctx.botId} (403): check BOTPRESS_BOT_ID and the token’s workspace.`,
    }
  if (err.code === 429)
    return {
      kind: 'rate-limited',
      sentence:
        'Botpress is rate limiting the desk (429): it slows down and retries by itself; if this stays, run fewer desk instances.',
    }
  if ((err.code === 404 || err.code === 400) && isMissingInstallation(err.message, ctx.alias))
    return {
      kind: 'alias',
      sentence: `The HITL integration is not installed in bot ${ctx.botId} under the alias "${ctx.alias}": install it, or set HITL_ALIAS to the alias it has.`,
    }
  if (err.code >= 500)
    return {
      kind: 'botpress-error',
      sentence: `Botpress answered with an error (${err.code}): the desk retries; if this stays, check Botpress’s status.`,
    }
  return undefined
}

/** Logs a problem once per kind per minute: a stopped Botpress must not flood the log at every poll. */
export const problemLogger = (log: (line: string) => void = (line) => console.warn(line)) => {
  const last = new Map<string, number>()
  return (problem: BotpressProblem) => {
    const now = Date.now()
    if ((last.get(problem.kind) ?? 0) > now - 60_000) return
    last.set(problem.kind, now)
    log(`[desk] ${problem.sentence}`)
  }
}
