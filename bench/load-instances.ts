import { type ChildProcess, fork } from 'node:child_process'
import { join } from 'node:path'
import type { InstanceMessage } from './load-instance'

export type Instance = {
  url: string
  port: number
  /** Resident memory of the process, in bytes. */
  rss(): Promise<number>
  /** SIGKILL, as a crash: nothing is flushed, in-flight requests are cut. */
  kill(): Promise<void>
}

const running = new Set<ChildProcess>()
// Whatever ends the bench (done, error, Ctrl-C, timeout), the instances end with it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

const STARTUP_TIMEOUT_MS = 60_000

const nextMessage = <T>(child: ChildProcess, pick: (m: InstanceMessage) => T | undefined, what: string) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`load bench process: no ${what} within 60 s`)), STARTUP_TIMEOUT_MS)
    const onMessage = (m: InstanceMessage) => {
      const value = pick(m)
      if (value === undefined) return
      clearTimeout(timer)
      child.off('message', onMessage)
      child.off('exit', onExit)
      resolve(value)
    }
    const onExit = (code: number | null) => {
      clearTimeout(timer)
      reject(new Error(`load bench process exited (${code}) before its ${what}`))
    }
    child.on('message', onMessage)
    child.once('exit', onExit)
  })

/**
 * The integration (or the demo bot) in its own Node process (port 0 picks one; a restart passes the old
 * one so the stand-in's registration stays valid), talking to the API at `apiUrl` with `token`.
 */
export const startInstance = async (
  apiUrl: string,
  token: string,
  port = 0,
  serve: 'integration' | 'bot' = 'integration'
): Promise<Instance> => {
  const child = fork(join(__dirname, 'load-instance.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BP_API_URL: apiUrl, BP_TOKEN: token, INSTANCE_PORT: String(port), LOAD_SERVE: serve },
    // LOAD_INSTANCE_LOGS=1 shows what the instances log (their errors included).
    stdio: ['ignore', 'ignore', process.env.LOAD_INSTANCE_LOGS ? 'inherit' : 'ignore', 'ipc'],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  try {
    const listening = await nextMessage(child, (m) => ('port' in m ? m.port : undefined), 'port')
    return {
      url: `http://127.0.0.1:${listening}`,
      port: listening,
      rss: () => {
        const answer = nextMessage(child, (m) => ('rss' in m ? m.rss : undefined), 'memory figure')
        child.send('rss')
        return answer
      },
      kill: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGKILL')
        }),
    }
  } catch (err) {
    child.kill('SIGKILL')
    throw err
  }
}
