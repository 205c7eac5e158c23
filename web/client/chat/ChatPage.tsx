import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { Avatar } from '../shared/Avatar'
import { useEventSource, useStickToBottom } from '../shared/hooks'
import { MessageContent } from '../shared/MessageContent'
import { clockTime } from '../shared/time'
import { BotMark } from './BotMark'
import {
  type ChatHandoff,
  type ChatMessage,
  type ChatSession,
  chatApi,
  mergeMessages,
  savedSession,
  saveSession,
} from './chat-api'
import '../styles/chat.css'

const CLOSE_COMMAND = '/end'
const suggestions = ['What are your opening hours?', 'Where is my parcel?', 'I want to talk to a human']

type Author = { kind: 'end-user' } | { kind: 'bot' } | { kind: 'agent'; name: string; pictureUrl?: string }

/**
 * Who speaks, from the tags the bot puts on what it writes: a relayed agent message names the agent message
 * it relays (`downstreamMessage`) and, when the bot shows agents as people, the agent (`agentName`,
 * `agentPictureUrl`). Everything else is the bot, including its notice that an agent joined.
 */
const authorOf = (message: ChatMessage, pictures: Map<string, string | undefined>): Author => {
  if (message.direction === 'incoming') return { kind: 'end-user' }
  if (!message.tags.downstreamMessage) return { kind: 'bot' }
  const name = message.tags.agentName || 'Agent'
  return { kind: 'agent', name, pictureUrl: message.tags.agentPictureUrl || pictures.get(name) }
}

/** The bot's notice that an agent joined: it names the agent without relaying anything. */
const joinedAgentOf = (message: ChatMessage) =>
  message.direction === 'outgoing' && !message.tags.downstreamMessage && message.tags.agentName
    ? message.tags.agentName
    : undefined

const sameAuthor = (a: Author, b: Author) =>
  a.kind === b.kind && (a.kind !== 'agent' || a.name === (b as { name: string }).name)

export const ChatPage = () => {
  const [session, setSession] = useState<ChatSession | undefined>(savedSession)
  return (
    <div class="chat-backdrop">
      <StoreFront />
      <section class="chat-widget" aria-label="Chat with Northwind">
        {session ? (
          <Conversation
            session={session}
            onRestart={() => {
              saveSession(undefined)
              setSession(undefined)
            }}
          />
        ) : (
          <Welcome
            onStart={(s) => {
              saveSession(s)
              setSession(s)
            }}
          />
        )}
      </section>
    </div>
  )
}

/** The page the widget sits on: a stand-in for the customer's website. */
const StoreFront = () => (
  <div class="store">
    <header class="store-nav">
      <span class="store-logo">
        <BotMark size={28} /> Northwind Outfitters
      </span>
      <nav>
        <span>Shop</span>
        <span>Trail</span>
        <span>Support</span>
        <a href="/hitl" target="_blank" rel="noreferrer" class="store-hitl-link" data-testid="open-hitl-tab">
          Open the HITL tab ↗
        </a>
      </nav>
    </header>
    <div class="store-hero">
      <p class="store-kicker">HITL demo · end user side</p>
      <h1>Gear for every trail.</h1>
      <p>
        Chat with the Northwind assistant in the corner. Ask for a human (or type <code>/human</code>) and an agent
        takes over from the HITL tab; type <code>/end</code> to hand the conversation back to the bot.
      </p>
    </div>
    <div class="store-products" aria-hidden="true">
      {products.map((p) => (
        <div class="product">
          <div class="product-art" style={{ background: p.background }}>
            <svg viewBox="0 0 120 80" width="120" height="80">
              <path d={p.shape} fill={p.color} />
            </svg>
          </div>
          <strong>{p.name}</strong>
          <span>{p.price}</span>
        </div>
      ))}
    </div>
  </div>
)

const products = [
  {
    name: 'Ridge Runner 2',
    price: '$129',
    color: '#f97316',
    background: 'linear-gradient(135deg,#fff7ed,#ffedd5)',
    shape: 'M10 58c20-2 34-14 46-30 6 8 16 12 30 14 14 2 24 8 24 16v6H10z',
  },
  {
    name: 'Summit Shell',
    price: '$189',
    color: '#0d9488',
    background: 'linear-gradient(135deg,#f0fdfa,#ccfbf1)',
    shape: 'M40 10h40l22 18-10 10-8-6v42H36V32l-8 6-10-10z',
  },
  {
    name: 'Trail Pack 22L',
    price: '$89',
    color: '#6366f1',
    background: 'linear-gradient(135deg,#eef2ff,#e0e7ff)',
    shape: 'M38 22a22 14 0 0 1 44 0v50H38zM46 40h28v18H46z',
  },
]

const Welcome = ({ onStart }: { onStart: (s: ChatSession) => void }) => {
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const start = async (e: Event) => {
    e.preventDefault()
    setBusy(true)
    try {
      const trimmed = name.trim() || 'Guest'
      const opened = await chatApi.open(trimmed)
      onStart({ ...opened, name: trimmed })
    } catch (err) {
      setError((err as Error).message)
      setBusy(false)
    }
  }
  return (
    <>
      <ChatHeader handoff={{ status: 'none' }} />
      <form class="welcome" onSubmit={start}>
        <BotMark size={56} />
        <h2>Hi there 👋</h2>
        <p>I'm the Northwind assistant. A person from our team can join whenever you need one.</p>
        <label>
          Your name
          <input
            name="name"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            placeholder="e.g. Jordan Lee"
            autoFocus
          />
        </label>
        <button class="button primary" type="submit" disabled={busy}>
          Start chatting
        </button>
        {error && <p class="error">{error}</p>}
      </form>
    </>
  )
}

const ChatHeader = ({ handoff, onRestart }: { handoff: ChatHandoff; onRestart?: () => void }) => (
  <header class="chat-header" data-testid="chat-header" data-status={handoff.status}>
    {handoff.status === 'assigned' && handoff.agent ? (
      <>
        <span class="avatar-with-dot">
          <Avatar name={handoff.agent.name} pictureUrl={handoff.agent.pictureUrl} size={40} />
          <i class="dot online" />
        </span>
        <div class="chat-header-text">
          <strong data-testid="chat-agent-name">{handoff.agent.name}</strong>
          <span>Live agent · Northwind support</span>
        </div>
      </>
    ) : (
      <>
        <span class="avatar-with-dot">
          <BotMark size={40} />
          <i class="dot online" />
        </span>
        <div class="chat-header-text">
          <strong>Northwind Assistant</strong>
          <span>{handoff.status === 'pending' ? 'Finding an agent for you…' : 'Bot · replies instantly'}</span>
        </div>
      </>
    )}
    {onRestart && (
      <button
        class="icon-button"
        type="button"
        title="Start a new conversation"
        aria-label="Start a new conversation"
        onClick={onRestart}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
          />
        </svg>
      </button>
    )}
  </header>
)

const Conversation = ({ session, onRestart }: { session: ChatSession; onRestart: () => void }) => {
  const [messages, setMessages] = useState<ChatMessage[]>([])
  const [handoff, setHandoff] = useState<ChatHandoff>({ status: 'none' })
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string>()
  const pictures = useRef(new Map<string, string | undefined>())
  const { conversationId } = session

  // Reads can overlap and finish in any order: only the last one started may show.
  const handoffReads = useRef(0)
  const refreshHandoff = useCallback(async () => {
    const read = ++handoffReads.current
    const current = await chatApi.handoff(conversationId).catch(() => undefined)
    if (!current || read !== handoffReads.current) return
    if (current.agent) pictures.current.set(current.agent.name, current.agent.pictureUrl)
    setHandoff(current)
  }, [conversationId])

  const reload = useCallback(async () => {
    try {
      setMessages(mergeMessages([], await chatApi.messages(conversationId)))
      await refreshHandoff()
    } catch (err) {
      // The stand-in forgets everything when it restarts: start over instead of showing a dead conversation.
      if (/not found/i.test((err as Error).message)) onRestart()
      else setError((err as Error).message)
    }
  }, [conversationId, refreshHandoff, onRestart])

  const live = useEventSource(
    chatApi.streamUrl(conversationId),
    (_type, data) => {
      const message = JSON.parse(data) as ChatMessage
      setMessages((current) => mergeMessages(current, [message]))
      if (message.direction === 'outgoing') void refreshHandoff()
    },
    ['message']
  )
  // (Re)read everything once the stream is open: nothing written in between is missed.
  useEffect(() => {
    if (live) void reload()
  }, [live, reload])

  const send = async (text: string) => {
    const trimmed = text.trim()
    if (!trimmed) return
    setDraft('')
    setError(undefined)
    try {
      const sent = await chatApi.send(conversationId, trimmed)
      setMessages((current) => mergeMessages(current, [sent]))
    } catch (err) {
      setError((err as Error).message)
      setDraft(trimmed)
    }
  }

  const scroller = useStickToBottom(messages.length)
  const inHandoff = handoff.status === 'pending' || handoff.status === 'assigned'

  return (
    <>
      <ChatHeader handoff={handoff} onRestart={onRestart} />
      {inHandoff && (
        <div class="handoff-banner" data-testid="handoff-banner">
          {handoff.status === 'assigned' ? 'You are chatting with a person.' : 'An agent will join shortly.'}
          <button type="button" class="link-button" onClick={() => send(CLOSE_COMMAND)}>
            End with <code>{CLOSE_COMMAND}</code>
          </button>
        </div>
      )}
      <div class="chat-log" ref={scroller} data-testid="chat-log" role="log" aria-label="Messages" tabIndex={0}>
        <p class="chat-day">Today · chatting as {session.name}</p>
        {messages.map((message, index) => {
          const author = authorOf(message, pictures.current)
          const previous = messages[index - 1]
          const next = messages[index + 1]
          const groupedWith = (other: ChatMessage | undefined) =>
            !!other && !joinedAgentOf(other) && sameAuthor(authorOf(other, pictures.current), author)
          const first = !groupedWith(previous)
          const last = !groupedWith(next)
          return (
            <ChatBubble
              key={message.id}
              message={message}
              author={author}
              first={first}
              last={last}
              onChoice={send}
              pictures={pictures.current}
            />
          )
        })}
        {messages.length === 0 && live && (
          <div class="suggestions">
            {suggestions.map((s) => (
              <button type="button" class="chip" onClick={() => send(s)}>
                {s}
              </button>
            ))}
          </div>
        )}
      </div>
      {error && <p class="error chat-error">{error}</p>}
      <form
        class="chat-composer"
        onSubmit={(e) => {
          e.preventDefault()
          void send(draft)
        }}
      >
        <input
          data-testid="chat-input"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          placeholder={inHandoff ? `Message the agent… (${CLOSE_COMMAND} to finish)` : 'Ask anything…'}
          aria-label="Message"
        />
        <button class="send-button" type="submit" disabled={!draft.trim()} aria-label="Send">
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M4 12l16-8-6 16-2.5-6.5z" fill="currentColor" />
          </svg>
        </button>
      </form>
    </>
  )
}

type BubbleProps = {
  message: ChatMessage
  author: Author
  first: boolean
  last: boolean
  onChoice: (value: string) => void
}

const ChatBubble = ({
  message,
  author,
  first,
  last,
  onChoice,
  pictures,
}: BubbleProps & { pictures: Map<string, string | undefined> }) => {
  const joined = joinedAgentOf(message)
  if (joined)
    return (
      <div class="chat-notice" data-testid="chat-message" data-author="bot" data-type={message.type}>
        <Avatar name={joined} pictureUrl={message.tags.agentPictureUrl || pictures.get(joined)} size={22} />
        <MessageContent type={message.type} payload={message.payload} />
      </div>
    )
  const mine = author.kind === 'end-user'
  const media = ['image', 'video', 'audio', 'file', 'bloc'].includes(message.type)
  return (
    <div
      class={`chat-row ${mine ? 'mine' : 'theirs'} ${author.kind} ${first ? 'first' : ''} ${last ? 'last' : ''}`}
      data-testid="chat-message"
      data-author={author.kind}
      data-type={message.type}
    >
      {!mine && (
        <span class="chat-row-avatar">
          {last &&
            (author.kind === 'agent' ? (
              <Avatar name={author.name} pictureUrl={author.pictureUrl} size={28} />
            ) : (
              <BotMark size={28} />
            ))}
        </span>
      )}
      <div class="chat-row-body">
        {first && !mine && (
          <span class="chat-author">{author.kind === 'agent' ? author.name : 'Northwind Assistant'}</span>
        )}
        <div class={`bubble ${media ? 'bubble-media' : ''}`}>
          <MessageContent type={message.type} payload={message.payload} onChoice={onChoice} />
        </div>
        {last && <time class="chat-time">{clockTime(message.createdAt)}</time>}
      </div>
    </div>
  )
}
