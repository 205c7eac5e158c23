import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { signWebhook } from '../../src/webhooks/webhook-signature'

// The Python verifier a user copies from docs/webhooks.md, run as written against our signatures.
const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'webhooks.md'), 'utf8')
const snippet = /```python\n([\s\S]*?)```/.exec(doc)?.[1]
const python = spawnSync('python3', ['--version']).status === 0

const verifyInPython = (secret: string, body: string, header: string): string => {
  const program = `${snippet}\nimport sys\nprint(verify(sys.argv[1], sys.argv[2].encode(), sys.argv[3]))\n`
  const run = spawnSync('python3', ['-c', program, secret, body, header], { encoding: 'utf8' })
  expect(run.stderr).toBe('')
  return run.stdout.trim()
}

describe.runIf(python)("docs/webhooks.md's Python receiver", () => {
  const secret = 'whsec_python_0123456789abcdef'
  const body = JSON.stringify({ id: 'whe_1', type: 'session.closed', note: 'é' })

  it('accepts what the integration signs and refuses a changed body, a wrong secret and an old timestamp', () => {
    expect(snippet).toBeDefined()
    expect(verifyInPython(secret, body, signWebhook(secret, body))).toBe('True')
    expect(verifyInPython(secret, body.replace('closed', 'created'), signWebhook(secret, body))).toBe('False')
    expect(verifyInPython('another-secret-0123456789', body, signWebhook(secret, body))).toBe('False')
    const old = Math.floor(Date.now() / 1000) - 301
    expect(verifyInPython(secret, body, signWebhook(secret, body, old))).toBe('False')
  })
})
