/**
 * Relay bench: how fast messages cross a session each way, what the integration adds on the agent's
 * path, and what a 200-session load does. Run directly with `npx tsx bench/relay.ts` (prints `name: value`).
 *
 * - relay_p50_ms / relay_p99_ms.user_to_agent: end-user message sent on the chat → the same message
 *   visible in the session (created on the session's conversation, where getSession reads it).
 * - relay_*_ms.user_to_integration_ack: same start → the integration has acknowledged it (receivedAt tag).
 * - relay_*_ms.agent_to_user: sendAgentMessage called by the desk → the message shown in the end user's chat.
 * - overhead_ratio: p50 of agent_to_user ÷ p50 of the same relay when the desk creates the agent's message
 *   directly on the session conversation through the API (createMessage as the integration, no action),
 *   measured in the same run, on the same sessions, alternating which path goes first. 1.0 means the
 *   integration's action costs nothing beyond the platform's own path.
 * Load (many sessions at once, over two integration processes) is measured in load-failover.ts.
 */
import { Client } from '@botpress/client'
import { startOfflineBotpress, type OfflineBotpress } from '../offline'
import type { ChatMessage } from '../standin/src'
import { agent, EndUser, askForHuman } from '../test/scenarios/support/people'
import { percentile, runStandalone } from './figures'

const LATENCY_SESSIONS = 10
const LATENCY_ROUNDS = 30

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits

/** Resolves with the time a message matching `predicate` shows up (created or updated) in the bot. */
const nextMessage = (bp: OfflineBotpress, predicate: (m: ChatMessage) => boolean) =>
  new Promise<number>((resolve) => {
    const listener = (e: { botId: string; message: ChatMessage }) => {
      if (e.botId !== bp.botId || !predicate(e.message)) return
      bp.standin.events.off('message', listener)
      resolve(performance.now())
    }
    bp.standin.events.on('message', listener)
  })

const measureLatency = async () => {
  const bp = await startOfflineBotpress({ seed: 31 })
  try {
    const ann = agent(bp.desk, 'Bench Agent')
    const asIntegration = new Client({
      apiUrl: bp.apiUrl,
      token: bp.workspaceToken,
      botId: bp.botId,
      integrationId: bp.integrationId,
      integrationAlias: bp.alias,
    })
    const sessions: { endUser: EndUser; sessionId: string; agentUserId: string }[] = []
    for (let i = 0; i < LATENCY_SESSIONS; i++) {
      const endUser = EndUser.open(bp.standin, bp.botId, `Bench User ${i}`)
      const sessionId = await askForHuman(bp.desk, endUser)
      const { agentUserId } = await ann.take(sessionId)
      await endUser.waitForText('joined the conversation')
      sessions.push({ endUser, sessionId, agentUserId })
    }
    await bp.standin.idle()

    const userToAgent: number[] = []
    const userToAck: number[] = []
    const viaAction: number[] = []
    const direct: number[] = []
    const textIs = (text: string) => (m: ChatMessage) => (m.payload as { text?: unknown }).text === text

    const agentToUser = async (s: (typeof sessions)[number], text: string, send: () => Promise<unknown>) => {
      const shown = nextMessage(bp, (m) => m.conversationId === s.endUser.conversationId && textIs(text)(m))
      const t0 = performance.now()
      await send()
      return (await shown) - t0
    }

    for (let r = 0; r < LATENCY_ROUNDS; r++) {
      for (const [i, s] of sessions.entries()) {
        const said = `bench u ${r} ${i}`
        const visible = nextMessage(bp, (m) => m.conversationId === s.sessionId && textIs(said)(m))
        const acknowledged = nextMessage(
          bp,
          (m) => m.conversationId === s.sessionId && textIs(said)(m) && !!m.tags[`${bp.alias}:receivedAt`]
        )
        const t0 = performance.now()
        s.endUser.say(said)
        userToAgent.push((await visible) - t0)
        userToAck.push((await acknowledged) - t0)

        const byAction = () => agentToUser(s, `bench a ${r} ${i}`, () => ann.write(s.sessionId, `bench a ${r} ${i}`))
        const byApi = () =>
          agentToUser(s, `bench d ${r} ${i}`, () =>
            asIntegration.createMessage({
              conversationId: s.sessionId,
              userId: s.agentUserId,
              type: 'text',
              payload: { text: `bench d ${r} ${i}` },
              tags: {},
            })
          )
        if ((r + i) % 2 === 0) {
          viaAction.push(await byAction())
          direct.push(await byApi())
        } else {
          direct.push(await byApi())
          viaAction.push(await byAction())
        }
        await bp.standin.idle()
      }
    }
    return { userToAgent, userToAck, viaAction, direct }
  } finally {
    await bp.close()
  }
}

export async function runRelayBench(): Promise<Record<string, number>> {
  const latency = await measureLatency()
  return {
    'relay_p50_ms.user_to_agent': round(percentile(latency.userToAgent, 50)),
    'relay_p99_ms.user_to_agent': round(percentile(latency.userToAgent, 99)),
    'relay_p50_ms.user_to_integration_ack': round(percentile(latency.userToAck, 50)),
    'relay_p99_ms.user_to_integration_ack': round(percentile(latency.userToAck, 99)),
    'relay_p50_ms.agent_to_user': round(percentile(latency.viaAction, 50)),
    'relay_p99_ms.agent_to_user': round(percentile(latency.viaAction, 99)),
    'relay_p50_ms.agent_to_user_direct': round(percentile(latency.direct, 50)),
    'relay_p99_ms.agent_to_user_direct': round(percentile(latency.direct, 99)),
    overhead_ratio: round(percentile(latency.viaAction, 50) / percentile(latency.direct, 50), 3),
    'relay.samples': latency.userToAgent.length,
  }
}

if (require.main === module) runStandalone(runRelayBench)
