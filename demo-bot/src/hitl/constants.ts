/** The alias the `hitl` integration is installed under: actions are `hitl:<name>`, events `hitl:<name>`. */
export const HITL = 'hitl'

/** What the HITL tab says about a session, read from the integration's conversation tag (`hitl:status`). */
export const sessionStatusTag = `${HITL}:status`
