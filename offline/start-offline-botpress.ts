import type { Client } from '@botpress/client'
import { startOfflineWorkspace, type OfflineOptions, type Standin } from './offline-workspace'

export type OfflineBotpress = {
  standin: Standin
  /** The alias the integration is installed under: desk actions are `<alias>:<action>`, events `<alias>:<type>`. */
  alias: string
  /** The integration's published name (`hitl`, or `<handle>/hitl`). */
  name: string
  botId: string
  botToken: string
  workspaceToken: string
  apiUrl: string
  /** What the HITL tab uses: `desk.callAction({ type: \`${alias}:listSessions\`, input })` and the other desk actions. */
  desk: Client
  integrationId: string
  integrationUrl: string
  botUrl: string
  close: () => Promise<void>
}

/**
 * Botpress offline in one call: the stand-in, the real integration server registered in it, and the demo
 * bot server with the integration installed under its alias (options, or env `HITL_ALIAS` and
 * `HITL_INTEGRATION_NAME`; `hitl`/`hitl` by default). The end user talks through
 * `standin.chat` (or its HTTP face), agents through `desk`.
 */
export const startOfflineBotpress = async (opts: OfflineOptions = {}): Promise<OfflineBotpress> => {
  const workspace = await startOfflineWorkspace(opts)
  try {
    const bot = await workspace.addBot('demo-bot')
    return {
      standin: workspace.standin,
      ...bot,
      name: workspace.name,
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
