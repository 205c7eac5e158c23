/**
 * How long an agent's words may be, shared by the definition, the desk's edge and the HITL tab's composer
 * (which counts down to them), so all three refuse the same text. Plain numbers: the browser imports them.
 */
export const MAX_REASON_CHARS = 300
export const MAX_NOTE_CHARS = 4_000
/**
 * A text reply to the end user. Botpress publishes no limit for a text message, but end-user channels cut or
 * refuse long ones (WhatsApp at 4,096 characters, Messenger at 2,000): 4,000 keeps a reply one message.
 */
export const MAX_REPLY_CHARS = 4_000
