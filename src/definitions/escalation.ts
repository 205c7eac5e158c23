/**
 * Definitions for issue 6 (escalation rules): the `escalation` field of the
 * integration configuration and the `detectEscalation` action shown in Studio.
 */
import { z } from '@botpress/sdk'

export const escalationKindSchema = z
  .enum(['keyword', 'pattern', 'human-request', 'sensitive-data', 'legal', 'frustration'])
  .describe('Which kind of rule fired')

export const escalationDetectorsSchema = z
  .object({
    humanRequest: z
      .boolean()
      .default(true)
      .title('Requests for a human')
      .describe(
        'Escalate when the user asks for a person or to be called back ("talk to a human", "parler à un conseiller", "hablar con un agente", "parlare con un operatore", "met een medewerker spreken"...). Negated requests such as "I don\'t need a human" are ignored'
      ),
    sensitiveData: z
      .boolean()
      .default(true)
      .title('Sensitive personal data')
      .describe(
        'Escalate when the message contains a payment card number (Luhn-checked), an IBAN (checksum-checked), a US SSN, an email address or a phone number. Matches are reported masked'
      ),
    legal: z
      .boolean()
      .default(true)
      .title('Legal language')
      .describe(
        'Escalate on lawyers, lawsuits, formal notices, chargebacks, data deletion / GDPR requests and complaints to a regulator or consumer agency'
      ),
    frustration: z
      .boolean()
      .default(true)
      .title('Strong frustration')
      .describe(
        'Escalate on insults and strong frustration, or milder signs that keep building up over the last messages'
      ),
    model: z
      .boolean()
      .default(true)
      .title('Learned model')
      .describe(
        'Also escalate requests for a human, legal language and frustration phrased in ways the rules do not list, as judged by a small model trained on labelled examples. It reads every language, whatever the language switches say, and never decides on sensitive data'
      ),
  })
  .describe('Built-in detectors, all on by default')

const language = (title: string) =>
  z.boolean().default(true).title(title).describe(`Run the built-in phrase rules written in ${title}`)

export const escalationLanguagesSchema = z
  .object({
    en: language('English'),
    fr: language('French'),
    es: language('Spanish'),
    de: language('German'),
    pt: language('Portuguese'),
    it: language('Italian'),
    nl: language('Dutch'),
  })
  .describe(
    'Languages the built-in detectors read, all on by default. Switch off the ones your users do not write in: fewer rules run, and fewer false alarms. Card numbers, IBANs, SSNs, emails and phone numbers are found in any language'
  )

export const escalationConfigSchema = z
  .object({
    keywords: z
      .array(z.string().min(1).max(200))
      .max(500)
      .default([])
      .title('Keywords and phrases')
      .describe(
        'Words or phrases that always need a human, e.g. "chargeback" or "cancel my contract". Matched as whole words, ignoring case and accents, plurals included'
      ),
    patterns: z
      .array(z.string().min(1).max(500))
      .max(50)
      .default([])
      .title('Regular expressions')
      .describe(
        'JavaScript regular expressions (without slashes), matched case-insensitively, e.g. "\\bticket\\s*#?\\d{6}\\b". They run on a linear-time engine (RE2), so no pattern can hang on a long message; backreferences and lookaround are not supported and are refused when you save the configuration'
      ),
    detectors: escalationDetectorsSchema.default({}).title('Built-in detectors'),
    languages: escalationLanguagesSchema.default({}).title('Languages'),
  })
  .title('Escalation rules')
  .describe('What makes the detectEscalation action ask for a human')

export type EscalationConfig = z.infer<typeof escalationConfigSchema>

/** A chat message is far shorter; a longer text is refused rather than scanned by every detector. */
export const MAX_ESCALATION_TEXT_LENGTH = 20_000

export const detectEscalationInputSchema = z.object({
  text: z
    .string()
    .max(MAX_ESCALATION_TEXT_LENGTH)
    .title('Message')
    .describe('The user message to check, e.g. {{event.preview}}'),
  history: z
    .array(z.string().max(MAX_ESCALATION_TEXT_LENGTH))
    .max(100)
    .optional()
    .title('Previous messages')
    .describe('Earlier messages from the same user, oldest first; used to notice frustration that builds up'),
})

export const escalationReasonSchema = z.object({
  rule: z.string().describe('Rule that fired, e.g. "human-request", "sensitive-data.card" or "keyword:chargeback"'),
  kind: escalationKindSchema,
  match: z
    .string()
    .describe('The words that triggered the rule; sensitive data is masked (e.g. "**** **** **** 1111")'),
})

export const detectEscalationOutputSchema = z.object({
  escalate: z
    .boolean()
    .title('Escalate')
    .describe('True when at least one rule fired: hand the conversation to a human'),
  reasons: z.array(escalationReasonSchema).title('Reasons').describe('Why, one entry per rule that fired'),
})

export type DetectEscalationInput = z.infer<typeof detectEscalationInputSchema>
export type DetectEscalationOutput = z.infer<typeof detectEscalationOutputSchema>

export const detectEscalationAction = {
  title: 'Detect Escalation',
  description:
    'Checks a user message against your escalation rules (keywords, regular expressions) and the built-in detectors (request for a human, sensitive data, legal language, frustration). Put it before the "Escalate to a Human" card',
  input: { schema: detectEscalationInputSchema },
  output: { schema: detectEscalationOutputSchema },
}
