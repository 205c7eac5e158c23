import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { bundle } from '../../scripts/bundle'

type Handler = (req: { headers: Record<string, string>; body: string; method: string; path: string }) => Promise<{
  status?: number
}>

const dir = mkdtempSync(join(tmpdir(), 'hitl-bundle-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the bundle bp deploy uploads', () => {
  it('is .botpress/dist/index.cjs whose top-level handler serves a Botpress request', async () => {
    const file = join(dir, 'index.cjs')
    const bytes = await bundle(file)
    expect(bytes).toBeGreaterThan(0)

    const built = require(file) as { handler: Handler; default: { handler: Handler } }
    expect(built.handler).toBe(built.default.handler)
    const headers = {
      'x-bp-operation': 'ping',
      'x-bp-type': 'integration',
      'x-bot-id': 'bot_bundle',
      'x-bot-user-id': 'user_bundle',
      'x-integration-id': 'integration_bundle',
      'x-integration-alias': 'hitl',
      'x-webhook-id': 'webhook_bundle',
      'x-bp-configuration': Buffer.from('{}').toString('base64'),
    }
    await expect(built.handler({ headers, body: '', method: 'POST', path: '/' })).resolves.toMatchObject({
      status: 200,
    })
  })
})
