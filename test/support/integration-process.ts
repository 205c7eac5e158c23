import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

export type IntegrationProcess = {
  /** Where the stand-in reaches the integration: a front that forwards to whichever process is alive. */
  url: string
  /** SIGKILL: the process dies at once, whatever it was doing. */
  kill: () => Promise<void>
  /** A new process in place of the dead one (same url for the stand-in), on the same clock. */
  restart: () => Promise<void>
  /** The process's clock runs `offsetMs` from the real one from now on (negative: behind), restarts included. */
  setClock: (offsetMs: number) => Promise<void>
  close: () => Promise<void>
}

const MAIN = join(__dirname, 'integration-main.ts')

const spawnIntegration = (env: NodeJS.ProcessEnv) =>
  new Promise<{ child: ChildProcess; port: number; out: () => string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const found = /integration-port (\d+)/.exec(out)
      if (found) resolve({ child, port: Number(found[1]), out: () => out })
    })
    // Its log lines are of no interest; an unexpected exit before it listens is.
    child.stderr!.resume()
    child.once('exit', (code) => reject(new Error(`the integration process exited before listening (${code})`)))
  })

/**
 * The real SDK integration server in a child process, behind a forwarding front on 127.0.0.1, so a test
 * can kill it in the middle of a call and start another one the stand-in reaches at the same address.
 */
export const startIntegrationProcess = async (env: { BP_API_URL: string; BP_TOKEN: string }) => {
  let clockOffsetMs = 0
  const spawnOnClock = () => spawnIntegration({ ...env, HITL_TEST_CLOCK_OFFSET_MS: String(clockOffsetMs) })
  let current = await spawnOnClock()
  const front: Server = createServer((req, res) => {
    const upstream = request(
      { host: '127.0.0.1', port: current.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve))

  const kill = async () => {
    const { child } = current
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  const proc: IntegrationProcess = {
    url: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    kill,
    restart: async () => {
      await kill()
      current = await spawnOnClock()
    },
    setClock: async (offsetMs) => {
      clockOffsetMs = offsetMs
      const { child, out } = current
      const acknowledged = `clock-set ${offsetMs}\n`
      const seen = out().split(acknowledged).length
      const inForce = new Promise<void>((resolve) => {
        const check = () => {
          if (out().split(acknowledged).length > seen) {
            child.stdout!.off('data', check)
            resolve()
          }
        }
        child.stdout!.on('data', check)
      })
      child.stdin!.write(`clock ${offsetMs}\n`)
      await inForce
    },
    close: async () => {
      await kill()
      await new Promise<void>((resolve) => {
        front.close(() => resolve())
        front.closeAllConnections()
      })
    },
  }
  return proc
}
