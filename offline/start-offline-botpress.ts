import type { Client } from '@botpress/client'
import { startOfflineWorkspace, type OfflineOptions, type Standin } from './offline-workspace'

export type OfflineBotpress = {
  standin: Standin
  botId: string
  botToken: string
  workspaceToken: string
  apiUrl: string
  /** What the HITL tab uses: `desk.callAction({ type: 'hitl:listSessions', input })` and the other desk actions. */
  desk: Client
  integrationId: string
  integrationUrl: string
  botUrl: string
  close: () => Promise<void>
}

/**
 * Botpress offline in one call: the stand-in, the real `hitl` integration server registered in it, and
 * the demo bot server with the integration installed as `hitl`. The end user talks through
 * `standin.chat` (or its HTTP face), agents through `desk`.
 */
export const startOfflineBotpress = async (opts: OfflineOptions = {}): Promise<OfflineBotpress> => {
  const workspace = await startOfflineWorkspace(opts)
  try {
    const bot = await workspace.addBot('demo-bot')
    return {
      standin: workspace.standin,
      ...bot,
      workspaceToken: workspace.workspaceToken,
      apiUrl: workspace.apiUrl,
      integrationId: workspace.integrationId,
      integrationUrl: workspace.integrationUrl,
      close: workspace.close,
    }
  } catch (err) {
    await workspace.close()
    throw err
  }
}

export type { OfflineOptions }
