import { z } from '@botpress/sdk'

const minutes = z.number().positive().max(525_600)

export const endUserConfigSchema = z
  .object({
    silentAfterMinutes: minutes
      .default(10)
      .describe('The HITL tab shows the end user as silent once they have not written for this long'),
    abandonPendingAfterMinutes: minutes
      .optional()
      .describe(
        'Close a pending session by itself (reason: abandoned) once the end user has not written for this long and no agent took it; empty: never'
      ),
  })
  .default({})

export const endUserConfiguration = {
  endUser: endUserConfigSchema.describe(
    'When the end user has left: shown as silent after a while; optionally, a pending session nobody took closes by itself'
  ),
}
