import type { IntegrationProps } from '../integration-types'
import { addNote } from './add-note'
import { assignAgent } from './assign-agent'
import { closeSession } from './close-session'
import { createSavedReply } from './create-saved-reply'
import { createUser } from './create-user'
import { deleteSavedReply } from './delete-saved-reply'
import { detectEscalation } from './detect-escalation'
import { getSession } from './get-session'
import { listAgentPresence } from './list-agent-presence'
import { listSavedReplies } from './list-saved-replies'
import { listSessions } from './list-sessions'
import { offerPendingSessions } from './offer-pending-sessions'
import { getReadMarkers, markSessionRead } from './read-markers'
import { searchSessions } from './search-sessions'
import { sendAgentMessage } from './send-agent-message'
import { setPresence } from './set-presence'
import { startHitl } from './start-hitl'
import { sweepAbandoned } from './sweep-abandoned'
import { stopHitl } from './stop-hitl'
import { updateSavedReply } from './update-saved-reply'

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
  offerPendingSessions,
  listAgentPresence,
  listSavedReplies,
  createSavedReply,
  updateSavedReply,
  deleteSavedReply,
  getReadMarkers,
  markSessionRead,
  searchSessions,
  sweepAbandoned,
} satisfies IntegrationProps['actions']
