import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

export type BotpressProcess = { apiUrl: string; token: string; botId: string; alias: string; kill(): Promise<void> }

const script = join(__dirname, '..', '..', 'scripts', 'offline-botpress.ts')
const tsx = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx')

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()))

/** Offline Botpress in a child process; resolves once it prints where it listens. */
export const startBotpressProcess = async (): Promise<BotpressProcess> => {
  // stdin stays a pipe: when this process dies, the child reads its end and stops too.
  const child = spawn(tsx, [script], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const ready = await new Promise<Omit<BotpressProcess, 'kill'>>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('BOTPRESS_READY ')) resolve(JSON.parse(line.slice('BOTPRESS_READY '.length)))
    })
    child.once('exit', (code) => reject(new Error(`offline Botpress exited with ${code} before it was ready`)))
    child.once('error', reject)
  })
  return {
    ...ready,
    kill: async () => {
      child.kill('SIGKILL')
      await exited(child)
    },
  }
}
