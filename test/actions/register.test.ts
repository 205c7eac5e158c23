import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { failureOf, startHarness, type Harness } from '../support/hitl-harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

const install = (configuration: object) =>
  h.standin.createBot({ integrations: [{ integrationId: h.integrationId, alias: 'hitl', configuration }] })

describe('registration', () => {
  it('accepts an empty configuration and a valid one', async () => {
    await expect(install({})).resolves.toHaveProperty('botId')
    await expect(
      install({ escalation: { keywords: ['chargeback'], patterns: ['order\\s+#?\\d{6}'] } })
    ).resolves.toHaveProperty('botId')
  })

  it('refuses a regular expression that does not compile, naming it', async () => {
    expect(await failureOf(install({ escalation: { patterns: ['refund(('] } }))).toMatch(/refund\(\(/)
  })
})
