// Starts real @botpress/sdk servers (integration or bot) on random ports and closes them afterwards.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Running = { url: string; close: () => Promise<void> }

export const running = async (server: Server): Promise<Running> => {
  if (!server.listening) await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
