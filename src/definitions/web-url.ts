import { z } from '@botpress/sdk'
import { stringFieldsIn, type StringField } from './string-fields'

/** Browsers and CDNs refuse longer URLs; a longer one is not a link anyone can open. */
export const MAX_URL_LENGTH = 2048

export const WEB_URL_MESSAGE = 'Must be an http: or https: URL'

/**
 * An absolute http(s) URL with no whitespace or control character anywhere: browsers drop those while
 * parsing, so `java\tscript:` or ` javascript:` would be read as the scripts they are. A plain pattern
 * (no refinement) so the schema still converts to JSON Schema for Botpress and the desk's OpenAPI.
 */
const WEB_URL_PATTERN = /^https?:\/\/[^\s\p{Cc}]+$/iu

/** True for a link a browser may open or load without running anything. */
export const isWebUrl = (value: string): boolean =>
  value.length <= MAX_URL_LENGTH && WEB_URL_PATTERN.test(value) && URL.canParse(value)

/**
 * Every link the integration stores or relays (media, files, pictures). `z.string().url()` alone takes
 * `javascript:`, `data:` and `file:`, which a browser runs or opens as soon as it is rendered.
 */
export const webUrl = () => z.string().max(MAX_URL_LENGTH).regex(WEB_URL_PATTERN, WEB_URL_MESSAGE)

const isUrlField = ({ key, parent }: StringField) =>
  (typeof key === 'string' && key.endsWith('Url')) ||
  (key === 'value' && (parent as { action?: unknown }).action === 'url')

/**
 * The links in a value whose schema Botpress publishes (the `hitl` interface's inputs), where we cannot
 * put `webUrl` in the schema itself: `*Url` fields (imageUrl, fileUrl, pictureUrl...) and the `value`
 * of a card's `url` action, anywhere in it.
 */
export const linksIn = (value: unknown): StringField[] => stringFieldsIn(value).filter(isUrlField)
