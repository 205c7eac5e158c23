import type { z } from '@botpress/sdk'
import { endUserConfigSchema } from '../definitions/end-user-config'
import type { Session } from './session'

export type EndUserConfig = z.infer<typeof endUserConfigSchema>

const MINUTE = 60_000

/** The configuration as Botpress hands it over (unparsed); a value that does not parse means the defaults. */
export const endUserConfigOf = (configuration: { endUser?: unknown } | undefined): EndUserConfig => {
  const parsed = endUserConfigSchema.safeParse(configuration?.endUser ?? {})
  return parsed.success ? parsed.data : endUserConfigSchema.parse({})
}

/** When the end user last showed up: their last message, else the handoff. */
const lastSeen = (s: Session) => s.lastUserMessageAt ?? s.createdAt

/** How long the end user has been silent in an open session, once past the configured time; else undefined. */
export const silentForMs = (s: Session, config: EndUserConfig, now: number): number | undefined => {
  if (s.status === 'closed') return undefined
  const silent = now - lastSeen(s)
  return silent >= config.silentAfterMinutes * MINUTE ? silent : undefined
}

/** A pending session nobody took, whose end user left long enough ago to close it by itself (when configured). */
export const isAbandoned = (s: Session, config: EndUserConfig, now: number): boolean =>
  s.status === 'pending' &&
  config.abandonPendingAfterMinutes !== undefined &&
  now - lastSeen(s) >= config.abandonPendingAfterMinutes * MINUTE
