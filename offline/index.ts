export { startOfflineBotpress, type OfflineBotpress, type OfflineOptions } from './start-offline-botpress'
export { startTwoBots, type TwoOfflineBots } from './start-two-bots'
export { startOfflineWorkspace, deskClient, type OfflineBot, type OfflineWorkspace } from './offline-workspace'
