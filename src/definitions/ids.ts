import { z } from '@botpress/sdk'
import { stringFieldsIn, type StringField } from './string-fields'

/**
 * Botpress ids are about 30 characters (`conv_01…`). A longer one names nothing, and sent on to the API in
 * a URL it is refused there with an answer that does not say which field was wrong (HTTP 431).
 */
export const MAX_ID_LENGTH = 100

export const ID_TOO_LONG_MESSAGE = `An id has at most ${MAX_ID_LENGTH} characters`

/** A Botpress id (conversation, user) given by a caller. */
export const botpressId = () => z.string().min(1).max(MAX_ID_LENGTH, ID_TOO_LONG_MESSAGE)

const isIdField = ({ key }: StringField) => typeof key === 'string' && (key === 'id' || key.endsWith('Id'))

/** The ids (`id`, `conversationId`, `userId`...) of a value whose schema is Botpress's that are too long to be ids. */
export const overlongIdsIn = (value: unknown): StringField[] =>
  stringFieldsIn(value).filter((field) => isIdField(field) && field.value.length > MAX_ID_LENGTH)
