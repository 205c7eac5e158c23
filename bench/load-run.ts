import type { OfflineBotpress } from '../offline'
import { Agent, EndUser, agent as agentNamed, deskRetries, askForHuman } from '../test/scenarios/support/people'
import { texts } from '../test/scenarios/support/texts'

export type LoadOptions = {
  sessions: number
  /** Messages per session, half from the end user and half from the agent. */
  messagesPerSession: number
  /** Agents sharing the sessions. */
  agents?: number
}

export type LoadResult = {
  sessions: number
  messages: number
  lost: number
  duplicated: number
  /** Sessions where one side saw the other's messages out of the order they were sent. */
  outOfOrderSessions: number
  durationMs: number
  msgsPerS: number
  /** API calls per relayed message during the relay phase, by the bot and by the integration (desk calls included). */
  botCallsPerMessage: number
  integrationCallsPerMessage: number
  /** Desk actions the agents had to repeat because the integration failed them on a transient API error. */
  deskRetries: number
  /** What went wrong, one line per session and kind (empty on a clean run). */
  problems: string[]
}

type Session = { endUser: EndUser; sessionId: string; agent: Agent; index: number }

const userText = (session: number, n: number) => `u:${session}:${n}`
const agentText = (session: number, n: number) => `a:${session}:${n}`

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

const openSessions = async (bp: OfflineBotpress, count: number, agents: Agent[]): Promise<Session[]> =>
  Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const endUser = EndUser.open(bp.standin, bp.botId, `Load User ${index}`)
      const sessionId = await askForHuman(bp.desk, endUser, 1, 120_000)
      const agent = agents[index % agents.length]!
      await agent.take(sessionId)
      await endUser.waitForText('joined the conversation', 1, 120_000)
      return { endUser, sessionId, agent, index }
    })
  )

/**
 * Many sessions at once: every end user and every agent write their share concurrently (each side in
 * order, as people type), then each side's view is compared with what the other sent.
 */
export const runLoad = async (bp: OfflineBotpress, opts: LoadOptions): Promise<LoadResult> => {
  const retriesBefore = deskRetries.count
  const agents = Array.from({ length: opts.agents ?? 10 }, (_, i) => agentNamed(bp.desk, `Load Agent ${i}`))
  const sessions = await openSessions(bp, opts.sessions, agents)
  await bp.standin.idle()
  const perSide = Math.floor(opts.messagesPerSession / 2)

  const calls = (by: 'bot' | 'integration') => bp.standin.stats.calls({ botId: bp.botId, by })
  const callsBefore = { bot: calls('bot'), integration: calls('integration') }
  const started = Date.now()
  await Promise.all(
    sessions.map(async (s) => {
      for (let n = 0; n < perSide; n++) s.endUser.say(userText(s.index, n))
      for (let n = 0; n < perSide; n++) await s.agent.write(s.sessionId, agentText(s.index, n))
    })
  )
  await bp.standin.idle()
  const durationMs = Date.now() - started
  const callsDuring = {
    bot: calls('bot') - callsBefore.bot,
    integration: calls('integration') - callsBefore.integration,
  }

  let lost = 0
  let duplicated = 0
  let outOfOrderSessions = 0
  const problems: string[] = []
  for (const s of sessions) {
    const sentByUser = Array.from({ length: perSide }, (_, n) => userText(s.index, n))
    const sentByAgent = Array.from({ length: perSide }, (_, n) => agentText(s.index, n))
    const { messages } = await s.agent.getSession(s.sessionId)
    const agentSaw = messages.filter((m) => m.sender === 'end-user').map((m) => String(m.payload.text))
    const userSaw = s.endUser.receivedTexts().filter((t) => t.startsWith('a:'))
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
  const messagesSent = sessions.length * perSide * 2
  return {
    sessions: sessions.length,
    messages: messagesSent,
    lost,
    duplicated,
    outOfOrderSessions,
    durationMs,
    msgsPerS: Math.round((messagesSent / Math.max(1, durationMs)) * 1000 * 10) / 10,
    botCallsPerMessage: Math.round((callsDuring.bot / messagesSent) * 100) / 100,
    integrationCallsPerMessage: Math.round((callsDuring.integration / messagesSent) * 100) / 100,
    deskRetries: deskRetries.count - retriesBefore,
    problems,
  }
}
