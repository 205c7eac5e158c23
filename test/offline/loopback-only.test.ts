import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfflineBotpress, type OfflineBotpress } from '../../offline'

/**
 * A server bound to 127.0.0.1 refuses a connection to another address of this machine; one bound to every
 * interface accepts it. 127.0.0.2 is such an address on every Linux host (the whole 127/8 is local), so it
 * stands for the machine's network address without needing one.
 */
const acceptsOn = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

describe('the offline world listens on 127.0.0.1 only', () => {
  let bp: OfflineBotpress
  beforeAll(async () => {
    bp = await startOfflineBotpress()
  })
  afterAll(() => bp.close())

  it.each([
    ['stand-in', () => bp.apiUrl],
    ['integration server', () => bp.integrationUrl],
    ['bot server', () => bp.botUrl],
  ])('the %s answers on 127.0.0.1 and not on another address of the machine', async (_, url) => {
    const port = Number(new URL(url()).port)
    expect(await acceptsOn('127.0.0.1', port)).toBe(true)
    expect(await acceptsOn('127.0.0.2', port)).toBe(false)
  })
})
