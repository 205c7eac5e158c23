import type { OfflineBotpress } from '../offline'
import type { ChatMessage } from '../standin/src'
import { Agent, EndUser, agent as agentNamed, deskRetries, askForHuman } from '../test/scenarios/support/people'
import { texts } from '../test/scenarios/support/texts'

/** What a load run needs of the offline world: the stand-in, the bot, the HITL tab's client. */
export type LoadWorld = Pick<OfflineBotpress, 'standin' | 'botId' | 'desk'>

export type LoadOptions = {
  sessions: number
  /** Messages per session, half from the end user and half from the agent. */
  messagesPerSession: number
  /** Agents sharing the sessions. */
  agents?: number
}

export type ExchangeOptions = {
  messagesPerSession: number
  /** Tells this exchange's messages from an earlier one's on the same sessions. */
  round?: string
  /** Started (not awaited) once this share of the messages has been sent; the exchange ends after it does. */
  midway?: { at: number; run: () => Promise<void> }
  /**
   * Paced, as people write: each session waits this long between two of its messages, and the sessions start
   * spread over one such gap. Without it every message is written at once (a backlog to drain).
   */
  gapMs?: number
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type LoadResult = {
  sessions: number
  messages: number
  lost: number
  duplicated: number
  /** Sessions where one side saw the other's messages out of the order they were sent. */
  outOfOrderSessions: number
  durationMs: number
  msgsPerS: number
  /** Time from a message being written to it being shown on the other side, every message, in ms. */
  relayMs: number[]
  /** API calls per relayed message during the relay phase, by the bot and by the integration (desk calls included). */
  botCallsPerMessage: number
  integrationCallsPerMessage: number
  /** Desk actions the agents had to repeat because the integration failed them on a transient API error. */
  deskRetries: number
  /** Agent messages whose sendAgentMessage still failed after the desk's retries (the agent saw an error). */
  failedWrites: number
  /** What went wrong, one line per session and kind (empty on a clean run). */
  problems: string[]
}

export type LoadSession = { endUser: EndUser; sessionId: string; agent: Agent; index: number }

/** Compares what one side saw with what the other sent, in order. */
const tally = (sent: string[], seen: string[]) => {
  const counts = new Map<string, number>()
  for (const text of seen) counts.set(text, (counts.get(text) ?? 0) + 1)
  let lost = 0
  let duplicated = 0
  for (const text of sent) {
    const n = counts.get(text) ?? 0
    if (n === 0) lost++
    if (n > 1) duplicated += n - 1
  }
  const firstSeen = [...new Set(seen)].filter((t) => sent.includes(t))
  const inOrder = firstSeen.every((t, i) => i === 0 || sent.indexOf(firstSeen[i - 1]!) < sent.indexOf(t))
  return { lost, duplicated, inOrder }
}

export const loadAgents = (bp: LoadWorld, count = 10) =>
  Array.from({ length: count }, (_, i) => agentNamed(bp.desk, `Load Agent ${i}`))

/** Sessions opened at once: past this, opening 500 at the same moment only times the desk's calls out. */
const OPENING_AT_ONCE = 50

export const openSessions = async (bp: LoadWorld, count: number, agents: Agent[]): Promise<LoadSession[]> => {
  const open = async (index: number): Promise<LoadSession> => {
    const endUser = EndUser.open(bp.standin, bp.botId, `Load User ${index}`)
    const sessionId = await askForHuman(bp.desk, endUser, 1, 240_000)
    const agent = agents[index % agents.length]!
    await agent.take(sessionId)
    await endUser.waitForText('joined the conversation', 1, 240_000)
    return { endUser, sessionId, agent, index }
  }
  const sessions: LoadSession[] = []
  for (let first = 0; first < count; first += OPENING_AT_ONCE) {
    const wave = Array.from({ length: Math.min(OPENING_AT_ONCE, count - first) }, (_, i) => open(first + i))
    sessions.push(...(await Promise.all(wave)))
  }
  return sessions
}

/** Records, for every message of the exchange, when it is first shown away from where it was written. */
const relayClock = (bp: LoadWorld) => {
  const written = new Map<string, { at: number; origin: string }>()
  const relayMs: number[] = []
  const listener = (e: { botId: string; message: ChatMessage }) => {
    if (e.botId !== bp.botId) return
    const text = (e.message.payload as { text?: unknown }).text
    const sent = typeof text === 'string' ? written.get(text) : undefined
    if (!sent || e.message.conversationId === sent.origin) return
    relayMs.push(performance.now() - sent.at)
    written.delete(text as string)
  }
  bp.standin.events.on('message', listener)
  return {
    wrote: (text: string, origin: string) => written.set(text, { at: performance.now(), origin }),
    relayMs,
    stop: () => bp.standin.events.off('message', listener),
  }
}

/**
 * Every end user and every agent write their share concurrently (each side in order, as people type),
 * then each side's view is compared with what the other sent.
 */
export const exchangeMessages = async (
  bp: LoadWorld,
  sessions: LoadSession[],
  opts: ExchangeOptions
): Promise<LoadResult> => {
  const round = opts.round ?? 'r'
  const userText = (session: number, n: number) => `u:${round}:${session}:${n}`
  const agentText = (session: number, n: number) => `a:${round}:${session}:${n}`
  const retriesBefore = deskRetries.count
  await bp.standin.idle()
  const perSide = Math.floor(opts.messagesPerSession / 2)
  const total = sessions.length * perSide * 2
  const clock = relayClock(bp)
  let sentCount = 0
  let failedWrites = 0
  const problems: string[] = []
  let midway: Promise<void> | undefined
  const counted = () => {
    if (++sentCount === Math.floor(total * (opts.midway?.at ?? 0)) && opts.midway) midway = opts.midway.run()
  }

  const calls = (by: 'bot' | 'integration') => bp.standin.stats.calls({ botId: bp.botId, by })
  const callsBefore = { bot: calls('bot'), integration: calls('integration') }
  const started = Date.now()
  const gap = opts.gapMs ?? 0
  await Promise.all(
    sessions.map(async (s, i) => {
      if (gap) await pause((gap * i) / sessions.length)
      for (let n = 0; n < perSide; n++) {
        if (gap && n) await pause(gap)
        clock.wrote(userText(s.index, n), s.endUser.conversationId)
        s.endUser.say(userText(s.index, n))
        counted()
      }
      for (let n = 0; n < perSide; n++) {
        if (gap) await pause(gap)
        clock.wrote(agentText(s.index, n), s.sessionId)
        // A write the agent is told failed is counted, and the run goes on: whether it landed anyway is
        // what the tally below finds out.
        await s.agent.write(s.sessionId, agentText(s.index, n)).catch((err: Error) => {
          failedWrites++
          problems.push(`session ${s.index}: agent write ${n} failed: ${err.message.slice(0, 200)}`)
        })
        counted()
      }
    })
  )
  await midway
  await bp.standin.idle()
  const durationMs = Date.now() - started
  clock.stop()
  const callsDuring = {
    bot: calls('bot') - callsBefore.bot,
    integration: calls('integration') - callsBefore.integration,
  }

  let lost = 0
  let duplicated = 0
  let outOfOrderSessions = 0
  const ofThisRound = (prefix: string) => (t: string) => t.startsWith(`${prefix}:${round}:`)
  for (const s of sessions) {
    const sentByUser = Array.from({ length: perSide }, (_, n) => userText(s.index, n))
    const sentByAgent = Array.from({ length: perSide }, (_, n) => agentText(s.index, n))
    const { messages } = await s.agent.getSession(s.sessionId)
    const agentSaw = messages
      .filter((m) => m.sender === 'end-user')
      .map((m) => String(m.payload.text))
      .filter(ofThisRound('u'))
    const userSaw = s.endUser.receivedTexts().filter(ofThisRound('a'))
    const toAgent = tally(sentByUser, agentSaw)
    const toUser = tally(sentByAgent, userSaw)
    // Anything seen that this session's other side never sent crossed over from elsewhere.
    const strays =
      agentSaw.filter((t) => !sentByUser.includes(t)).length + userSaw.filter((t) => !sentByAgent.includes(t)).length
    // The handoff and the agent's arrival are told exactly once.
    const notices = s.endUser.receivedTexts()
    const repeatedNotices =
      Math.max(0, notices.filter((t) => t === texts.handoffText).length - 1) +
      Math.max(0, notices.filter((t) => t.endsWith('joined the conversation.')).length - 1)
    const report = (what: string, n: number) =>
      n > 0 && problems.push(`session ${s.index} (${s.sessionId}): ${what} x${n}`)
    report('end-user message lost', toAgent.lost)
    report('agent message lost', toUser.lost)
    report('end-user message duplicated', toAgent.duplicated)
    report('agent message duplicated', toUser.duplicated)
    report('message from another session', strays)
    report('notice repeated', repeatedNotices)
    if (!toAgent.inOrder) problems.push(`session ${s.index}: agent saw ${agentSaw.join(',')}`)
    if (!toUser.inOrder) problems.push(`session ${s.index}: end user saw ${userSaw.join(',')}`)
    lost += toAgent.lost + toUser.lost
    duplicated += toAgent.duplicated + toUser.duplicated + strays + repeatedNotices
    if (!toAgent.inOrder || !toUser.inOrder) outOfOrderSessions++
  }
  return {
    sessions: sessions.length,
    messages: total,
    lost,
    duplicated,
    outOfOrderSessions,
    durationMs,
    msgsPerS: Math.round((total / Math.max(1, durationMs)) * 1000 * 10) / 10,
    relayMs: clock.relayMs,
    botCallsPerMessage: Math.round((callsDuring.bot / total) * 100) / 100,
    integrationCallsPerMessage: Math.round((callsDuring.integration / total) * 100) / 100,
    deskRetries: deskRetries.count - retriesBefore,
    failedWrites,
    problems,
  }
}

/** Many sessions at once, opened then exchanging messages (see exchangeMessages). */
export const runLoad = async (bp: LoadWorld, opts: LoadOptions): Promise<LoadResult> => {
  const sessions = await openSessions(bp, opts.sessions, loadAgents(bp, opts.agents))
  return exchangeMessages(bp, sessions, { messagesPerSession: opts.messagesPerSession })
}
