import type { z } from '@botpress/sdk'
import definition from '../../integration.definition'
import { ID_TOO_LONG_MESSAGE, isWebUrl, linksIn, overlongIdsIn, WEB_URL_MESSAGE } from '../definitions'
import type { ActionName } from '../integration-types'

/**
 * The interface's schemas are Botpress's and must stay as published, so their links (a history image, the
 * end user's picture) are held to http(s) and their ids bounded here, like those of our own actions' inputs.
 */
const onlyWebLinksAndIds = (input: unknown, ctx: z.RefinementCtx) => {
  for (const { path, value } of linksIn(input))
    if (!isWebUrl(value)) ctx.addIssue({ code: 'custom', path, message: WEB_URL_MESSAGE })
  for (const { path } of overlongIdsIn(input)) ctx.addIssue({ code: 'custom', path, message: ID_TOO_LONG_MESSAGE })
}

/**
 * The schema each action's input is checked against: the definition's own, where the SDK has already put our
 * `hitlSession` entity into the interface's actions (startHitl's card fields), with every link held to http(s)
 * and every id bounded.
 */
export const inputSchemas: Partial<Record<ActionName, z.ZodTypeAny>> = Object.fromEntries(
  Object.entries(definition.actions ?? {}).map(([name, def]) => {
    const schema: z.ZodTypeAny = def.input.schema
    return [name, schema.superRefine(onlyWebLinksAndIds)]
  })
)
