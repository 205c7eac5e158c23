import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

const desktop = { width: 1440, height: 900 }
/** A phone held upright (an iPhone 14's CSS width). */
export const phone = { width: 390, height: 844 }
type Viewport = { width: number; height: number }

/** A fresh browser context (its own cookies and storage) on one of the app's pages. */
const openPage = async (browser: Browser, baseUrl: string, path: string, viewport: Viewport = desktop) => {
  const context = await browser.newContext({ viewport, baseURL: baseUrl })
  context.setDefaultTimeout(15_000)
  const page = await context.newPage()
  await page.goto(path)
  return { context, page }
}

/** The end user's side: the store page with the chat widget. */
export class EndUserChat {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page
  ) {}

  static async open(browser: Browser, baseUrl: string, name: string, viewport?: Viewport) {
    const { context, page } = await openPage(browser, baseUrl, '/', viewport)
    await page.locator('input[name="name"]').fill(name)
    await page.getByRole('button', { name: 'Start chatting' }).click()
    const chat = new EndUserChat(context, page)
    await chat.input.waitFor()
    return chat
  }

  get input() {
    return this.page.getByTestId('chat-input')
  }
  get header() {
    return this.page.getByTestId('chat-header')
  }
  messages(filter: { author?: 'end-user' | 'bot' | 'agent'; type?: string } = {}): Locator {
    const author = filter.author ? `[data-author="${filter.author}"]` : ''
    const type = filter.type ? `[data-type="${filter.type}"]` : ''
    return this.page.locator(`[data-testid="chat-message"]${author}${type}`)
  }

  async send(text: string) {
    const before = await this.messages({ author: 'end-user' }).count()
    await this.input.fill(text)
    await this.input.press('Enter')
    await this.messages({ author: 'end-user' }).nth(before).waitFor()
  }

  /** Waits until a message (from `author`, if given) shows `text`, and returns it. */
  async waitForMessage(text: string | RegExp, author?: 'end-user' | 'bot' | 'agent') {
    const message = this.messages({ author }).filter({ hasText: text }).last()
    await message.waitFor()
    return message
  }

  async waitForHeaderStatus(status: 'none' | 'pending' | 'assigned' | 'closed') {
    await this.page.locator(`[data-testid="chat-header"][data-status="${status}"]`).waitFor()
  }

  close() {
    return this.context.close()
  }
}

/** The HITL tab, as one agent of the roster. */
export class HitlTab {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page
  ) {}

  /** Signs in as one of the offline demo's agents (one click) and waits for the live queue. */
  static async open(browser: Browser, baseUrl: string, agentId: string, viewport?: Viewport) {
    const { context, page } = await openPage(browser, baseUrl, '/hitl', viewport)
    await page.getByTestId(`demo-sign-in-${agentId}`).click()
    return HitlTab.ready(context, page)
  }

  /** Signs in with an email and password from the roster and waits for the live queue. */
  static async signIn(browser: Browser, baseUrl: string, email: string, password: string) {
    const { context, page } = await openPage(browser, baseUrl, '/hitl')
    await HitlTab.fillSignIn(page, email, password)
    return HitlTab.ready(context, page)
  }

  static async fillSignIn(page: Page, email: string, password: string) {
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.getByTestId('sign-in-submit').click()
  }

  private static async ready(context: BrowserContext, page: Page) {
    await page.locator('[data-testid="live-badge"].on').waitFor()
    // Live is not loaded: the queue's counts show a dash until the first list arrives.
    await page.waitForFunction(() =>
      /^\d+$/.test(document.querySelector('[data-testid="count-pending"]')?.textContent ?? '')
    )
    return new HitlTab(context, page)
  }

  /** The sentence the tab shows when something stands between the desk and Botpress. */
  get problem() {
    return this.page.getByTestId('desk-problem')
  }

  /** A write as the tab makes it: with the session cookie and the CSRF token. */
  async post(path: string, data: unknown) {
    const me = await this.page.request.get('/api/auth/me')
    const { csrfToken } = (await me.json()) as { csrfToken: string }
    return this.page.request.post(path, { headers: { 'x-csrf-token': csrfToken }, data })
  }

  card(endUserName: string) {
    return this.page.getByTestId('session-card').filter({ hasText: endUserName })
  }
  get view() {
    return this.page.getByTestId('session-view')
  }
  threadMessages(sender?: 'agent' | 'end-user') {
    return this.page.locator(`[data-testid="thread-message"]${sender ? `[data-sender="${sender}"]` : ''}`)
  }

  async filter(status: 'open' | 'pending' | 'assigned' | 'closed') {
    await this.page.getByTestId(`filter-${status}`).click()
    await this.page.locator(`[data-testid="filter-${status}"][aria-selected="true"]`).waitFor()
  }

  async count(status: 'open' | 'pending' | 'assigned' | 'closed') {
    return Number(await this.page.getByTestId(`count-${status}`).textContent())
  }

  /** Waits for the queue's count of `status` to become `n` (live, without reloading). */
  async waitForCount(status: 'open' | 'pending' | 'assigned' | 'closed', n: number) {
    await this.page.waitForFunction(
      ([s, expected]) => document.querySelector(`[data-testid="count-${s}"]`)?.textContent === String(expected),
      [status, n] as const
    )
  }

  async openSession(endUserName: string) {
    await this.card(endUserName).first().click()
    await this.view.filter({ hasText: endUserName }).waitFor()
  }

  async waitForStatus(status: 'pending' | 'assigned' | 'closed') {
    await this.page.locator(`[data-testid="session-view"][data-status="${status}"]`).waitFor()
  }

  async reply(text: string) {
    await this.page.getByTestId('mode-reply').click()
    await this.page.getByTestId('kind-text').click()
    await this.page.getByTestId('composer-text').fill(text)
    await this.page.getByTestId('composer-submit').click()
    await this.threadMessages('agent').filter({ hasText: text }).waitFor()
  }

  async sendMedia(kind: 'image' | 'file' | 'audio' | 'video', url: string, title: string) {
    await this.page.getByTestId('mode-reply').click()
    await this.page.getByTestId(`kind-${kind}`).click()
    await this.page.getByTestId('media-url').fill(url)
    await this.page.getByTestId('media-title').fill(title)
    await this.page.getByTestId('composer-submit').click()
    await this.page
      .locator(`[data-testid="thread-message"][data-sender="agent"][data-type="${kind}"]`)
      .filter({ hasText: title })
      .waitFor()
  }

  async addNote(text: string) {
    await this.page.getByTestId('mode-note').click()
    await this.page.getByTestId('composer-text').fill(text)
    await this.page.getByTestId('composer-submit').click()
    await this.page.getByTestId('note').filter({ hasText: text }).waitFor()
  }

  async assignToMe() {
    await this.page.getByTestId('assign-to-me').click()
  }

  async assignTo(agentId: string, reason?: string) {
    await this.page.getByTestId('assign-menu').click()
    if (reason) await this.page.getByTestId('assign-reason').fill(reason)
    await this.page.getByTestId(`assign-to-${agentId}`).click()
  }

  async resumeChatbot(reason: string) {
    await this.page.getByTestId('resume-chatbot').click()
    await this.page.getByTestId('close-reason').fill(reason)
    await this.page.getByTestId('confirm-close').click()
    await this.waitForStatus('closed')
  }

  get savedRepliesDialog() {
    return this.page.getByTestId('saved-replies-dialog')
  }
  savedReply(title: string) {
    return this.savedRepliesDialog.getByTestId('saved-reply').filter({ hasText: title })
  }

  async openSavedReplies() {
    await this.page.getByTestId('open-saved-replies').click()
    await this.savedRepliesDialog.waitFor()
  }

  /** Creates a saved reply in the open manager and waits until the list shows it. */
  async addSavedReply(title: string, text: string) {
    await this.page.getByTestId('saved-reply-title').fill(title)
    await this.page.getByTestId('saved-reply-text').fill(text)
    await this.page.getByTestId('saved-reply-save').click()
    await this.savedReply(title).waitFor()
  }

  close() {
    return this.context.close()
  }
}
