import { CLOUD_API_URL } from './botpress-client'
import type { DeskServerOptions } from './desk-server'
import { rosterFromFile } from './roster'

type Env = Record<string, string | undefined>

/** A missing or malformed variable, named, with what to put there. */
export class DeskConfigError extends Error {}

const required = (env: Env, name: string, what: string) => {
  const value = env[name]?.trim()
  if (!value) throw new DeskConfigError(`${name} is not set: ${what}`)
  return value
}

/** `npm run desk`: everything comes from the environment, nothing from the offline world. */
export const deskConfigFromEnv = (env: Env = process.env): DeskServerOptions => {
  const apiUrl = env.BOTPRESS_API_URL?.trim() || CLOUD_API_URL
  if (!/^https?:\/\//.test(apiUrl)) throw new DeskConfigError(`BOTPRESS_API_URL must be an http(s) URL, not ${apiUrl}`)
  const secret = required(
    env,
    'DESK_SESSION_SECRET',
    'a random string of at least 32 characters, the same on every desk instance'
  )
  if (secret.length < 32) throw new DeskConfigError('DESK_SESSION_SECRET must be at least 32 characters long')
  const origin = env.DESK_ORIGIN?.trim()
  if (origin && !/^https?:\/\/[^/]+$/.test(origin))
    throw new DeskConfigError(
      `DESK_ORIGIN must be a scheme and host without a path, like https://desk.example.com, not ${origin}`
    )
  const rosterPath = env.DESK_ROSTER?.trim() || 'desk-roster.json'
  const port = Number(env.PORT ?? 3100)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new DeskConfigError(`PORT must be a port number, not ${env.PORT}`)
  return {
    botpress: {
      apiUrl: apiUrl.replace(/\/+$/, ''),
      token: required(env, 'BOTPRESS_TOKEN', "a personal access token or the bot's token"),
      botId: required(env, 'BOTPRESS_BOT_ID', "the bot's id (Botpress dashboard, bot settings)"),
      alias: env.HITL_ALIAS?.trim() || 'hitl',
    },
    roster: () => {
      try {
        return rosterFromFile(rosterPath)
      } catch (err) {
        throw new DeskConfigError(
          `DESK_ROSTER: cannot read ${rosterPath} (${(err as Error).message}); create it with \`npm run desk:agent -- add <email> <name>\``
        )
      }
    },
    sessionSecret: secret,
    webhookSecret: env.DESK_WEBHOOK_SECRET?.trim() || undefined,
    trustProxy: env.DESK_TRUST_PROXY === 'true' || env.DESK_TRUST_PROXY === '1',
    origin,
    port,
    host: env.HOST?.trim() || '127.0.0.1',
  }
}
