import { startOfflineWorkspace, type OfflineBot, type OfflineOptions, type Standin } from './offline-workspace'

export type TwoOfflineBots = {
  standin: Standin
  workspaceToken: string
  apiUrl: string
  integrationUrl: string
  /** Two bots of one workspace, each with its own demo bot server and the same integration installed. */
  bots: [OfflineBot, OfflineBot]
  close: () => Promise<void>
}

/** Two bots side by side on one integration and one account: what must never cross between them. */
export const startTwoBots = async (opts: OfflineOptions = {}): Promise<TwoOfflineBots> => {
  const workspace = await startOfflineWorkspace(opts)
  try {
    const bots: [OfflineBot, OfflineBot] = [await workspace.addBot('bot-a'), await workspace.addBot('bot-b')]
    return {
      standin: workspace.standin,
      workspaceToken: workspace.workspaceToken,
      apiUrl: workspace.apiUrl,
      integrationUrl: workspace.integrationUrl,
      bots,
      close: workspace.close,
    }
  } catch (err) {
    await workspace.close()
    throw err
  }
}
