/**
 * Why a session closed, in words. The integration records `bot` when the bot stopped it: the HITL plugin
 * stops a session the same way for the end user's close command, the assignment timeout and its flow (it
 * writes "( The user has ended the session. )" and calls stopHitl in all three), so which of them it was
 * is not known and not guessed. An agent's hand-back records the agent's own reason.
 */
const knownReasons: Record<string, string> = {
  bot: 'stopped by the bot',
  'end-user': 'ended by the end user',
  timeout: 'closed by itself: the end user left before an agent took it',
}

export const closeReasonText = (reason: string): string =>
  Object.hasOwn(knownReasons, reason) ? knownReasons[reason]! : reason
