/**
 * Every tag the integration reads or writes. Botpress refuses undeclared tags, and the HITL tab
 * filters on the conversation tags, so each is declared here with what it holds.
 * Timestamps are milliseconds since the epoch, as strings (tags are strings).
 */
export const sessionTags = {
  status: { title: 'Status', description: 'pending, assigned or closed' },
  priority: { title: 'Priority', description: 'low, normal, high or urgent' },
  category: { title: 'Category', description: 'Queue or topic given by the card' },
  title: { title: 'Title', description: 'Title given by the card (first 500 characters)' },
  endUser: { title: 'End user', description: 'Botpress user id of the end-user copy' },
  endUserName: { title: 'End user name', description: 'Display name of the end user' },
  openFor: { title: 'Open for', description: 'End-user copy id while the session is open; empty once closed' },
  assignee: { title: 'Assignee', description: 'Botpress user id of the assigned agent' },
  assigneeEmail: { title: 'Assignee email', description: 'Email of the assigned agent' },
  assigneeName: { title: 'Assignee name', description: 'Name of the assigned agent' },
  assignedBy: {
    title: 'Assigned by',
    description: 'Email of who made the last assignment; "system" for an auto-assignment',
  },
  assignedByName: { title: 'Assigned by (name)', description: 'Name of who made the last assignment' },
  assignReason: { title: 'Assignment reason', description: 'Why the current agent got the session' },
  assignedFrom: { title: 'Assigned from', description: 'Status before the last assignment: pending or assigned' },
  createdAt: { title: 'Created at', description: 'When the card started the session (ms)' },
  assignedAt: {
    title: 'Assigned at',
    description: 'When the current agent was assigned (ms); read by analytics as hitl:assignedAt',
  },
  firstAssignedAt: {
    title: 'First assigned at',
    description: 'When the first agent took the session (ms): the end of the wait',
  },
  closedAt: { title: 'Closed at', description: 'When the session closed (ms)' },
  closedBy: { title: 'Closed by', description: 'Who closed it: an agent email, "end-user" or "bot"' },
  closedByName: { title: 'Closed by (name)', description: 'Name of the agent who closed it' },
  closedFrom: { title: 'Closed from', description: 'Status before the close: pending or assigned' },
  closeReason: {
    title: 'Close reason',
    description: 'Why it closed: the agent reason, "end-user", "timeout" or "bot"',
  },
  lastUserMessageAt: { title: 'Last end-user message', description: 'When the end user last wrote (ms)' },
  endUserMessages: {
    title: 'End-user messages',
    description: 'How many messages the end user wrote in the session (agents read their unread count from it)',
  },
  lastCountedMessage: {
    title: 'Last counted message',
    description: 'Id of the end-user message counted last: a redelivered message is not counted twice',
  },
  lastMessage: {
    title: 'Last message',
    description: "The first 140 characters of the end user's last message, masked as agents read it",
  },
  startDigest: {
    title: 'Start digest',
    description:
      'Digest of the startHitl call that opened the session: a retry carries the same, a new conversation does not',
  },
  newConversationAt: {
    title: 'New conversation at',
    description: 'When the end user asked for a human again from another conversation while this session was open (ms)',
  },
  firstResponseAt: {
    title: 'First response at',
    description: 'When an agent first answered the end user (ms): the first-response service level',
  },
} as const

export const messageTags = {
  idempotencyKey: { title: 'Idempotency key', description: 'Key of the agent desk call that created the message' },
  sender: { title: 'Sender', description: 'agent, end-user or bot' },
  receivedAt: { title: 'Received at', description: 'When the integration acknowledged the message (ms)' },
  afterClose: { title: 'After close', description: '"true" when the message reached an already closed session' },
} as const

export const userTags = {
  role: { title: 'Role', description: 'end-user (the copy of an end user) or agent (a human agent)' },
  email: { title: 'Email', description: 'Email address, the identity an end-user copy or agent is found by' },
  presence: { title: 'Presence', description: "An agent's availability: online, away or offline" },
  presenceAt: { title: 'Presence at', description: 'When the agent last set or confirmed their presence (ms)' },
} as const

export type SessionTag = keyof typeof sessionTags
export type MessageTag = keyof typeof messageTags
export type UserTag = keyof typeof userTags
