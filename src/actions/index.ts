import type { IntegrationProps } from '../integration-types'
import { addNote } from './add-note'
import { assignAgent } from './assign-agent'
import { closeSession } from './close-session'
import { createUser } from './create-user'
import { detectEscalation } from './detect-escalation'
import { getSession } from './get-session'
import { listAgentPresence } from './list-agent-presence'
import { listSessions } from './list-sessions'
import { createSavedReply, deleteSavedReply, listSavedReplies, updateSavedReply } from './saved-replies'
import { sendAgentMessage } from './send-agent-message'
import { setPresence } from './set-presence'
import { startHitl } from './start-hitl'
import { stopHitl } from './stop-hitl'

export const actions = {
  createUser,
  startHitl,
  stopHitl,
  listSessions,
  getSession,
  assignAgent,
  sendAgentMessage,
  addNote,
  closeSession,
  detectEscalation,
  setPresence,
  listAgentPresence,
  listSavedReplies,
  createSavedReply,
  updateSavedReply,
  deleteSavedReply,
} satisfies IntegrationProps['actions']
