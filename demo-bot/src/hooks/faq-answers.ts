/** The bot's own small talk: a tiny FAQ, and an echo for everything else. Pure. */
const answers: { when: RegExp; say: string }[] = [
  {
    when: /^(hi|hello|hey|good (morning|afternoon|evening))\b/i,
    say: 'Hello! I can tell you about opening hours, delivery and returns.',
  },
  { when: /\b(hours?|opening|open|closing)\b/i, say: 'We are open Monday to Friday, from 9:00 to 18:00.' },
  {
    when: /\b(deliver(y|ed)?|shipping|ship|parcel|tracking)\b/i,
    say: 'Orders ship within 2 working days, and you get a tracking link by email.',
  },
  { when: /\b(return|returns|refund|exchange)\b/i, say: 'You can return any item within 30 days for a full refund.' },
  { when: /\b(thanks|thank you|thx)\b/i, say: "You're welcome!" },
]

export const answerTo = (text: string, humanCommand: string): string => {
  const known = answers.find((a) => a.when.test(text.trim()))
  const offer = `Type ${humanCommand} to talk to a person.`
  if (known) return `${known.say} ${offer}`
  return `You said: "${text.trim().slice(0, 200)}". I can help with opening hours, delivery and returns. ${offer}`
}

export const notTextAnswer = (humanCommand: string) =>
  `I can only read text messages. Type ${humanCommand} to talk to a person.`

export const nothingToEndAnswer = 'There is no conversation with an agent to end right now.'

export const anythingElseQuestion = 'Is there anything else I can help you with?'
