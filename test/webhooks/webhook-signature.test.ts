import { describe, expect, it } from 'vitest'

import { signWebhook, verifyWebhook } from '../../src/webhooks/webhook-signature'

const secret = 'whsec_test_0123456789abcdef'
const body = JSON.stringify({ id: 'whe_1', type: 'session.created' })
const now = 1_800_000_000

describe('webhook signatures (HMAC-SHA256 over "<t>.<body>")', () => {
  it('accepts the body it signed', () => {
    expect(verifyWebhook(secret, body, signWebhook(secret, body, now), now)).toEqual({ ok: true, timestamp: now })
  })

  it('refuses a changed body, another secret, a missing header and a malformed one', () => {
    const header = signWebhook(secret, body, now)
    expect(verifyWebhook(secret, body.replace('created', 'closed'), header, now).ok).toBe(false)
    expect(verifyWebhook('another-secret-0123456789', body, header, now).ok).toBe(false)
    expect(verifyWebhook(secret, body, undefined, now)).toMatchObject({ ok: false, reason: /missing/ })
    for (const bad of ['', 'v1=abc', `t=${now}`, `t=abc,v1=${'0'.repeat(64)}`, `t=${now},t=${now},v1=00`]) {
      expect(verifyWebhook(secret, body, bad, now).ok).toBe(false)
    }
  })

  it('refuses a signature older than five minutes, so a captured request cannot be replayed later', () => {
    const header = signWebhook(secret, body, now - 301)
    expect(verifyWebhook(secret, body, header, now)).toMatchObject({ ok: false, reason: /older than 5 minutes/ })
    expect(verifyWebhook(secret, body, signWebhook(secret, body, now - 299), now).ok).toBe(true)
  })

  it('accepts any of several v1 values, so a secret can be rotated', () => {
    const current = signWebhook(secret, body, now)
    const old = signWebhook('the-previous-secret-000000', body, now).split(',')[1]
    expect(verifyWebhook(secret, body, `${current},${old}`, now).ok).toBe(true)
  })
})
