import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** scrypt with OWASP's minimum cost (N=2^17, r=8, p=1): slow enough to make a stolen roster costly to guess. */
const COST = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }
const KEY_BYTES = 32

const derive = (password: string, salt: Buffer, cost: typeof COST) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, cost, (err, key) => (err ? reject(err) : resolve(key)))
  )

/** `scrypt$N$r$p$salt$key` (base64url): the roster keeps only this, never the password. */
export const hashPassword = async (password: string, cost: Partial<typeof COST> = {}): Promise<string> => {
  const salt = randomBytes(16)
  const used = { ...COST, ...cost }
  const key = await derive(password, salt, used)
  return ['scrypt', used.N, used.r, used.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** False for a wrong password and for a hash this desk cannot read (never throws on bad input). */
export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const cost = { N: Number(n), r: Number(r), p: Number(p), maxmem: COST.maxmem }
  if (![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0) || cost.N > 2 ** 20) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), cost).catch(() => undefined)
  return actual !== undefined && actual.length === expected.length && timingSafeEqual(actual, expected)
}
