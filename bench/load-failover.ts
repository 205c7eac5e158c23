/**
 * Load and failover: the integration as two separate server processes behind the stand-in, which spreads
 * every integration request over both (standin/src/instances.ts). Run directly with `npx tsx bench/load-failover.ts`
 * (500 sessions × 10 messages; LOAD_SESSIONS and LOAD_MESSAGES shrink it on a machine too busy for that).
 *
 * - load.*: N sessions opened, then N × M messages (half each way) written concurrently with both instances up:
 *   messages relayed per second (first write until everything settled), p99 of the time from a message
 *   being written to it being shown on the other side, and messages lost or duplicated.
 * - load.paced.*: the first PACED_SESSIONS sessions write M more messages each, one every PACED_GAP_MS per session
 *   (PACED_SESSIONS × M / (M × PACED_GAP_MS) messages a second, as people type): the relay's delay when the
 *   load is steady, not the time to drain a backlog as in load.*.
 * - failover.*: another M messages on every session; when 30% are sent one instance is killed (SIGKILL)
 *   and restarted on its port. Messages lost or duplicated across the kill.
 * - integration.rss_mb_after_load: resident memory of the instance that ran the whole load.
 */
import { deskClient } from '../offline'
import definition from '../integration.definition'
import { startStandin } from '../standin/src'
import { exchangeMessages, loadAgents, openSessions, type LoadResult } from './load-run'
import { startInstance } from './load-instances'
import { percentile, runStandalone } from './figures'

const SESSIONS = Number(process.env.LOAD_SESSIONS ?? 500)
const MESSAGES_PER_SESSION = Number(process.env.LOAD_MESSAGES ?? 10)
/** The whole bench, instances included, never runs longer than this. */
const BENCH_LIMIT_MS = 9 * 60_000
/** 100 sessions writing one message every 2 s each: 50 messages a second, well under what the backlog drains at. */
const PACED_SESSIONS = Number(process.env.LOAD_PACED_SESSIONS ?? 100)
const PACED_GAP_MS = 2_000

const round = (n: number) => Math.round(n * 10) / 10

const explain = (what: string, result: LoadResult) => {
  for (const problem of result.problems.slice(0, 10)) console.error(`[${what}] ${problem}`)
}

export async function runLoadFailoverBench(): Promise<Record<string, number>> {
  const limit = setTimeout(() => {
    console.error(`load bench: still running after ${BENCH_LIMIT_MS / 60_000} minutes, stopped`)
    process.exit(2)
  }, BENCH_LIMIT_MS)
  limit.unref()

  const standin = await startStandin({ seed: 41, delivery: { maxAttempts: 10 } })
  const token = standin.workspaceToken
  const instances = [await startInstance(standin.url, token), await startInstance(standin.url, token)]
  // The bot in a process of its own too, so the stand-in's event loop serves the API alone.
  const bot = await startInstance(standin.url, token, 0, 'bot')
  try {
    const { integrationId } = standin.registerIntegration({
      name: definition.name,
      version: definition.version,
      url: instances[0]!.url,
      instances: [instances[1]!.url],
      definition,
    })
    const { botId } = await standin.createBot({
      name: 'load-bot',
      url: bot.url,
      integrations: [{ integrationId, alias: 'hitl', configuration: {} }],
    })
    const world = { standin, botId, desk: deskClient(standin.url, token, botId) }

    const sessions = await openSessions(world, SESSIONS, loadAgents(world))
    const load = await exchangeMessages(world, sessions, { messagesPerSession: MESSAGES_PER_SESSION, round: 'load' })
    explain('load', load)
    const rss = await instances[0]!.rss()

    const paced = await exchangeMessages(world, sessions.slice(0, PACED_SESSIONS), {
      messagesPerSession: MESSAGES_PER_SESSION,
      round: 'paced',
      gapMs: PACED_GAP_MS,
    })
    explain('paced', paced)

    let restartMs = NaN
    const failover = await exchangeMessages(world, sessions, {
      messagesPerSession: MESSAGES_PER_SESSION,
      round: 'failover',
      midway: {
        at: 0.3,
        run: async () => {
          const victim = instances[1]!
          const t0 = performance.now()
          await victim.kill()
          instances[1] = await startInstance(standin.url, token, victim.port)
          restartMs = performance.now() - t0
        },
      },
    })
    explain('failover', failover)

    return {
      'load.instances': instances.length,
      'load.sessions': load.sessions,
      'load.messages': load.messages,
      'load.msgs_per_s': load.msgsPerS,
      'load.relay_p50_ms': round(percentile(load.relayMs, 50)),
      'load.relay_p99_ms': round(percentile(load.relayMs, 99)),
      'load.lost': load.lost,
      'load.duplicated': load.duplicated,
      'load.out_of_order_sessions': load.outOfOrderSessions,
      'load.duration_ms': load.durationMs,
      'load.agent_writes_failed': load.failedWrites,
      'load.api_calls_per_message.bot': load.botCallsPerMessage,
      'load.api_calls_per_message.integration': load.integrationCallsPerMessage,
      'load.paced.msgs_per_s_offered': round((PACED_SESSIONS * 1000) / PACED_GAP_MS),
      'load.paced.relay_p50_ms': round(percentile(paced.relayMs, 50)),
      'load.paced.relay_p99_ms': round(percentile(paced.relayMs, 99)),
      'load.paced.lost': paced.lost,
      'load.paced.duplicated': paced.duplicated,
      'load.paced.out_of_order_sessions': paced.outOfOrderSessions,
      'failover.messages': failover.messages,
      'failover.lost': failover.lost,
      'failover.duplicated': failover.duplicated,
      'failover.out_of_order_sessions': failover.outOfOrderSessions,
      'failover.relay_p99_ms': round(percentile(failover.relayMs, 99)),
      'failover.desk_retries': failover.deskRetries,
      'failover.agent_writes_failed': failover.failedWrites,
      'failover.restart_ms': Math.round(restartMs),
      'integration.rss_mb_after_load': round(rss / 1024 / 1024),
    }
  } finally {
    await standin.close()
    await Promise.all([bot, ...instances].map((i) => i.kill()))
    clearTimeout(limit)
  }
}

if (require.main === module) runStandalone(runLoadFailoverBench)
