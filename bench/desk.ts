/**
 * What the HITL desk costs in Botpress API calls, and how fast a change reaches an open tab. The desk runs
 * as `npm start` runs it (offline Botpress, the desk reaching it over HTTP); tabs are simulated over HTTP
 * and behave as the real tab does: on each change they re-read the queue, and the open session when the
 * change is about it. Run alone with `npx tsx bench/desk.ts`.
 *
 * - desk.api_calls_per_minute.idle: 3 tabs open, nothing happens (goal <= 30).
 * - desk.api_calls_per_minute.idle_10_tabs: the same with 10 tabs (should equal the above).
 * - desk.api_calls_per_minute.busy_20_sessions: 20 assigned sessions whose end users each write every 5 s,
 *   5 tabs open, each on one of the sessions.
 * - desk.change_to_tab_ms.p50 / .max: an end user's message sent -> the change announced to a tab (goal <= 2000).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startWebServer, type WebServer } from '../web/server/web-server'
import { EndUser, askForHuman } from '../test/scenarios/support/people'
import { percentile, runStandalone } from './figures'

const WINDOW_MS = 20_000

type Change = { conversationId?: string; reason: string }

/** A HITL tab as the desk sees it: signed in, listening, re-reading what changed. */
class BenchTab {
  readonly changes: { at: number; change: Change }[] = []
  private readonly controller = new AbortController()
  private refreshing = false
  private again = false

  private constructor(
    private readonly web: WebServer,
    private readonly headers: Record<string, string>,
    private readonly selected?: string
  ) {}

  static async open(web: WebServer, agentId: string, selected?: string) {
    const response = await fetch(`${web.url}/api/auth/demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ agentId }),
    })
    const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!
    const tab = new BenchTab(web, { cookie }, selected)
    await tab.listen()
    return tab
  }

  close() {
    this.controller.abort()
  }

  private async listen() {
    const response = await fetch(`${this.web.url}/api/desk/events`, {
      headers: this.headers,
      signal: this.controller.signal,
    })
    const reader = response.body!.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    let ready!: () => void
    const isReady = new Promise<void>((resolve) => (ready = resolve))
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read()
          if (done) return
          buffer += decoder.decode(value, { stream: true })
          let end: number
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            const event = /^event: (.*)$/m.exec(block)?.[1]
            const data = /^data: (.*)$/m.exec(block)?.[1]
            if (event === 'ready') ready()
            if (event === 'change' && data) this.onChange(JSON.parse(data) as Change)
          }
        }
      } catch {
        // aborted
      }
    })()
    await isReady
    await this.refresh(undefined)
  }

  private onChange(change: Change) {
    this.changes.push({ at: performance.now(), change })
    void this.refresh(change)
  }

  /** Like the tab's coalesced refresh: never two at once, and one more run after the last change. */
  private async refresh(change: Change | undefined) {
    if (this.refreshing) {
      this.again = true
      return
    }
    this.refreshing = true
    try {
      do {
        this.again = false
        const reads = [fetch(`${this.web.url}/api/desk/sessions?status=open`, { headers: this.headers })]
        if (this.selected && (!change?.conversationId || change.conversationId === this.selected))
          reads.push(fetch(`${this.web.url}/api/desk/sessions/${this.selected}`, { headers: this.headers }))
        await Promise.all(reads.map((r) => r.then((res) => res.arrayBuffer())))
      } while (this.again)
    } finally {
      this.refreshing = false
    }
  }
}

const perMinute = (calls: number, ms: number) => Math.round((calls * 60_000) / ms)

const idleCalls = async (web: WebServer, tabs: number) => {
  const open = await Promise.all(Array.from({ length: tabs }, () => BenchTab.open(web, 'maya')))
  // The first read of each tab and the feed's first poll are not idle cost.
  await new Promise((resolve) => setTimeout(resolve, 2500))
  web.desk.calls.reset()
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS))
  const calls = web.desk.calls.total()
  for (const tab of open) tab.close()
  return perMinute(calls, WINDOW_MS)
}

export const runDeskBench = async (): Promise<Record<string, number>> => {
  const distDir = mkdtempSync(join(tmpdir(), 'hitl-bench-dist-'))
  writeFileSync(join(distDir, 'index.html'), '<!doctype html>')
  const web = await startWebServer({ port: 0, distDir })
  try {
    const figures: Record<string, number> = {}
    figures['desk.api_calls_per_minute.idle'] = await idleCalls(web, 3)
    figures['desk.api_calls_per_minute.idle_10_tabs'] = await idleCalls(web, 10)

    const { standin, botId, desk: client } = web.botpress
    const users = Array.from({ length: 20 }, (_, i) => EndUser.open(standin, botId, `Bench User ${i}`))
    const sessions: string[] = []
    for (const user of users) sessions.push(await askForHuman(client, user))
    const agent = { email: 'maya.okafor@northwind.example', name: 'Maya Okafor' }
    for (const conversationId of sessions)
      await client.callAction({ type: 'hitl:assignAgent', input: { conversationId, agent } })
    await standin.idle()

    const tabs = await Promise.all(sessions.slice(0, 5).map((id) => BenchTab.open(web, 'maya', id)))
    await new Promise((resolve) => setTimeout(resolve, 2500))
    web.desk.calls.reset()
    const sent: { at: number; sessionId: string }[] = []
    const started = performance.now()
    const writers = users.map(async (user, i) => {
      await new Promise((resolve) => setTimeout(resolve, (i * 5000) / users.length))
      for (let n = 0; performance.now() - started < WINDOW_MS - 5000; n++) {
        sent.push({ at: performance.now(), sessionId: sessions[i]! })
        user.say(`message ${n}`)
        await new Promise((resolve) => setTimeout(resolve, 5000))
      }
    })
    await Promise.all(writers)
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (performance.now() - started)))
    figures['desk.api_calls_per_minute.busy_20_sessions'] = perMinute(web.desk.calls.total(), WINDOW_MS)

    const latencies: number[] = []
    for (const tab of tabs)
      for (const { at, sessionId } of sent) {
        const seen = tab.changes.find((c) => c.at >= at && c.change.conversationId === sessionId)
        if (seen) latencies.push(seen.at - at)
      }
    figures['desk.change_to_tab_ms.p50'] = Math.round(percentile(latencies, 50))
    figures['desk.change_to_tab_ms.max'] = Math.round(Math.max(...latencies))
    figures['desk.change_to_tab.missed'] = sent.length * tabs.length - latencies.length
    for (const tab of tabs) tab.close()
    return figures
  } finally {
    await web.close()
  }
}

if (require.main === module) runStandalone(runDeskBench)
