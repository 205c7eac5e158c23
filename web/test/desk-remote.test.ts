import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DeskServer, type DeskServerOptions, startDeskServer } from '../server/desk-server'
import { hashPassword } from '../server/passwords'
import { rosterFromFile } from '../server/roster'
import { type BotpressProcess, startBotpressProcess } from './helpers/botpress-process'
import { launchChromium } from './helpers/chromium'
import { ensureClientBuilt } from './helpers/client-build'
import { EndUserChat, HitlTab } from './helpers/pages'

/**
 * The desk as a support team runs it: Botpress in another process, reached only over HTTP with a token,
 * agents from a roster file who sign in with a password, and two desk instances sharing one secret.
 */
// The demo bot's texts are the HITL plugin's defaults; who joined shows in the chat's header.
const HANDOFF_TEXT = 'I have escalated this conversation to a human agent.'
const JOINED_TEXT = 'A human agent has joined the conversation.'
const STOPPED_TEXT = 'The human agent closed the conversation. I will continue assisting you.'
const PASSWORD = 'a long enough password'
const MAYA = 'maya@northwind.example'
const LIAM = 'liam@northwind.example'

let botpress: BotpressProcess
let browser: Browser
let deskA: DeskServer
let deskB: DeskServer
const desks: DeskServer[] = []

const startDesk = async (overrides: Partial<DeskServerOptions> = {}) => {
  const desk = await startDeskServer({
    botpress: botpressOf(),
    roster: () => rosterFromFile(rosterPath),
    sessionSecret,
    chatUrl: botpress.apiUrl,
    log: () => {},
    ...overrides,
  })
  desks.push(desk)
  return desk
}

let rosterPath: string
const sessionSecret = randomBytes(32).toString('base64url')

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hitl-desk-roster-'))
  rosterPath = join(dir, 'roster.json')
  const passwordHash = await hashPassword(PASSWORD, { N: 2 ** 12 })
  writeFileSync(
    rosterPath,
    JSON.stringify({
      agents: [
        { email: MAYA, name: 'Maya Okafor', role: 'Support lead', passwordHash },
        { email: LIAM, name: 'Liam Chen', role: 'Billing specialist', passwordHash },
      ],
    })
  )
  await ensureClientBuilt()
  ;[botpress, browser] = await Promise.all([startBotpressProcess(), launchChromium()])
  ;[deskA, deskB] = await Promise.all([startDesk(), startDesk()])
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all(desks.map((d) => d.close()))
  await botpress?.kill()
})

describe('the desk against Botpress in another process', () => {
  let jordan: EndUserChat
  let maya: HitlTab
  let liam: HitlTab

  afterAll(async () => {
    await Promise.all([jordan?.close(), maya?.close(), liam?.close()])
  })

  it('agents sign in with their password; a wrong one is refused with a sentence', async () => {
    const tab = await browser.newContext({ baseURL: deskA.url })
    const page = await tab.newPage()
    await page.goto('/hitl')
    await HitlTab.fillSignIn(page, MAYA, 'not the password')
    expect(await page.getByTestId('sign-in-error').textContent()).toBe('Wrong email or password')
    // Outside the offline demo there is no one-click sign-in.
    expect(await page.getByTestId('demo-sign-in').count()).toBe(0)
    await tab.close()
    // Maya works on one desk instance, Liam on another: they share nothing but the secret and Botpress.
    ;[maya, liam, jordan] = await Promise.all([
      HitlTab.signIn(browser, deskA.url, MAYA, PASSWORD),
      HitlTab.signIn(browser, deskB.url, LIAM, PASSWORD),
      EndUserChat.open(browser, deskA.url, 'Jordan Lee'),
    ])
    expect(await maya.page.getByTestId('current-agent').textContent()).toBe('Maya Okafor')
  })

  it('a handoff appears live on both desk instances', async () => {
    await jordan.send('I want to talk to a human please')
    await jordan.waitForMessage(HANDOFF_TEXT, 'bot')
    await maya.waitForCount('pending', 1)
    await liam.waitForCount('pending', 1)
  })

  it('take, answer and note; the other instance sees the take live', async () => {
    await maya.openSession('Jordan Lee')
    await maya.assignToMe()
    await maya.waitForStatus('assigned')
    await jordan.waitForMessage(JOINED_TEXT, 'bot')
    await jordan.page.locator('[data-testid="chat-agent-name"]', { hasText: 'Maya Okafor' }).waitFor()
    await liam.waitForCount('assigned', 1)
    await maya.reply('Hi Jordan, Maya here.')
    await jordan.waitForMessage('Maya here.', 'agent')
    await jordan.send('Thanks! Order #1042.')
    await maya.threadMessages('end-user').filter({ hasText: 'Order #1042' }).waitFor()
    await maya.addNote('Refund approved by the lead.')
    expect(await jordan.page.getByText('Refund approved', { exact: false }).count()).toBe(0)
  })

  it('transfer to an agent on the other instance, who answers and resumes the chatbot', async () => {
    await maya.assignTo('liam', 'Billing question')
    await jordan.page.locator('[data-testid="chat-agent-name"]', { hasText: 'Liam Chen' }).waitFor()
    await liam.page.getByTestId('mine-toggle').check()
    await liam.card('Jordan Lee').waitFor()
    await liam.openSession('Jordan Lee')
    await liam.page.getByTestId('note').filter({ hasText: 'Refund approved by the lead.' }).waitFor()
    await liam.reply('Liam from billing: your refund is confirmed.')
    await jordan.waitForMessage('your refund is confirmed', 'agent')
    await liam.resumeChatbot('Refund issued')
    await jordan.waitForMessage(STOPPED_TEXT, 'bot')
    await maya.waitForCount('closed', 1)
    await maya.waitForCount('open', 0)
  })

  it('a desk with a wrong token says so in one sentence', async () => {
    const wrong = await startDesk({ botpress: { ...botpressOf(), token: 'not-a-valid-token' } })
    const context = await browser.newContext({ baseURL: wrong.url })
    try {
      const page = await context.newPage()
      await page.goto('/hitl')
      await HitlTab.fillSignIn(page, MAYA, PASSWORD)
      const problem = page.getByTestId('desk-problem')
      await problem.waitFor()
      expect(await problem.textContent()).toMatch(/refused the desk’s token \(401\).*BOTPRESS_TOKEN/)
    } finally {
      await context.close()
    }
  })

  it('a stopped Botpress is named in the open tab, with what to do', async () => {
    await botpress.kill()
    await maya.problem.waitFor()
    expect(await maya.problem.textContent()).toMatch(/Botpress cannot be reached at .*BOTPRESS_API_URL/)
  })
})

const botpressOf = () => ({
  apiUrl: botpress.apiUrl,
  token: botpress.token,
  botId: botpress.botId,
  alias: botpress.alias,
})
