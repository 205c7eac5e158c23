// Ids shaped like Botpress's: `<prefix>_<ULID>` (26 Crockford base32 chars: 10 of time, 16 random),
// so they pass the schema's 28..36 length checks and sort by creation time like the real ones.
import { randomBytes, randomUUID } from 'node:crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export const ulid = (now = Date.now()): string => {
  let time = ''
  let t = now
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time
    t = Math.floor(t / 32)
  }
  const bytes = randomBytes(16)
  let rand = ''
  for (const b of bytes) rand += CROCKFORD[b % 32]
  return time + rand
}

export type IdPrefix = 'conv' | 'user' | 'msg' | 'evt' | 'state' | 'err' | 'intver' | 'wh'

export const newId = (prefix: IdPrefix): string => `${prefix}_${ulid()}`

/** Botpress bot ids are UUIDs; the bot also acts as a user with that same id (bots reply with `userId: ctx.botId`). */
export const newBotId = (): string => randomUUID()

/** Opaque secrets; the real platform's tokens are opaque too. */
export const newToken = (kind: 'pat' | 'bak' | 'int'): string => `bp_${kind}_${randomBytes(24).toString('base64url')}`
