import { createHmac, timingSafeEqual } from 'node:crypto'

/** The header that carries `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-hitl-signature'
/** A signature older (or further in the future) than this is refused: a captured request cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60

const hmac = (secret: string, timestamp: number, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

export const signWebhook = (secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string =>
  `t=${timestamp},v1=${hmac(secret, timestamp, body)}`

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: string }

/**
 * Checks a signature header against the raw body, in constant time. Several `v1=` values are accepted so a
 * sender can sign with an old and a new secret while the secret is rotated.
 */
export const verifyWebhook = (
  secret: string,
  body: string,
  header: string | undefined,
  nowSeconds = Math.floor(Date.now() / 1000)
): SignatureCheck => {
  if (!header) return { ok: false, reason: `missing ${SIGNATURE_HEADER} header` }
  const parts = header.split(',').map((part) => part.trim().split('='))
  const timestamps = parts.filter(([key]) => key === 't').map(([, value]) => Number(value))
  const signatures = parts.filter(([key, value]) => key === 'v1' && value && /^[0-9a-f]{64}$/.test(value))
  const timestamp = timestamps[0]
  if (timestamps.length !== 1 || timestamp === undefined || !Number.isSafeInteger(timestamp)) {
    return { ok: false, reason: 'the signature has no valid timestamp (t=)' }
  }
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, reason: 'the signature is older than 5 minutes (or from the future)' }
  }
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex')
  const matches = signatures.some(([, value]) => timingSafeEqual(Buffer.from(value!, 'hex'), expected))
  return matches ? { ok: true, timestamp } : { ok: false, reason: 'no v1 signature matches the body' }
}
