import { z } from '@botpress/sdk'

/** A year: a target beyond it is a typo, not a service level. Fractions are allowed (0.5 = 30 seconds). */
const minutes = z.number().positive().max(525_600)

const slaTarget = z.object({
  firstResponseMinutes: minutes
    .optional()
    .describe('Minutes from the handoff to the first agent answer; empty for no target'),
  resolutionMinutes: minutes.optional().describe('Minutes from the handoff to the close; empty for no target'),
})

export const slaConfigSchema = z
  .object({
    low: slaTarget.optional().describe('Targets for low priority sessions'),
    normal: slaTarget.optional().describe('Targets for normal priority sessions'),
    high: slaTarget.optional().describe('Targets for high priority sessions'),
    urgent: slaTarget.optional().describe('Targets for urgent priority sessions'),
    warningPercent: z
      .number()
      .min(0)
      .max(100)
      .default(20)
      .describe('A session is about to breach when less than this share of a target remains'),
  })
  .default({})

export const slaConfiguration = {
  sla: slaConfigSchema.describe(
    'Service levels per priority: the HITL tab lists sessions about to breach and breached first, and shows the time left'
  ),
}

/** One target of one session: when it falls due, how much time is left (negative once past), and its outcome. */
export const slaClockSchema = z.object({
  targetMinutes: z.number(),
  dueAt: z.number().describe('When the target falls due (ms)'),
  warnAt: z.number().describe('From when the session is about to breach (ms)'),
  remainingMs: z
    .number()
    .describe('Time left until due, at the answer or close when done, else now; negative once breached'),
  met: z.boolean().describe('Done before it fell due'),
  breached: z.boolean().describe('Not done when it fell due'),
})

export const slaStates = ['onTrack', 'atRisk', 'breached', 'met'] as const

export const slaReportSchema = z
  .object({
    state: z
      .enum(slaStates)
      .describe(
        'breached: a target was missed; atRisk: a running target is within its warning window; met: all done in time'
      ),
    firstResponse: slaClockSchema.optional(),
    resolution: slaClockSchema.optional(),
  })
  .describe("The session's service levels, when its priority has targets")
