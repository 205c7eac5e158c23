import type { z } from '@botpress/sdk'
import definition from '../../integration.definition'
import type { ActionName } from '../integration-types'

/**
 * The schema each action's input is checked against: the definition's own, where the SDK has already put our
 * `hitlSession` entity into the interface's actions (startHitl's card fields).
 */
export const inputSchemas: Partial<Record<ActionName, z.ZodTypeAny>> = Object.fromEntries(
  Object.entries(definition.actions ?? {}).map(([name, def]) => [name, def.input.schema])
)
