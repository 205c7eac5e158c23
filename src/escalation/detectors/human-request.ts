/**
 * Built-in detector: an explicit request to talk to a human (EN, FR, ES, DE, PT).
 * Patterns need a request verb + a human target (or a one-word "agent!" message),
 * so "human resources", "my travel agent" or "the person who delivered" stay quiet;
 * negated requests ("I don't need a human") are dropped by the negation check.
 * All quantifiers are bounded, so matching stays linear on long inputs.
 */
import { runPhraseRules, type PhraseRule } from '../phrase-rules'
import type { NormalizedText } from '../normalize'
import type { Finding } from '../types'

const w = (s: string) => new RegExp(s, 'g')

// English human targets; "human" is not followed by resources/rights/body.
const enDet = "(?:(?:a|an|the|some|your|one of your|any|real|live|actual|human|proper|fucking|freaking|damn)\\s+){0,3}"
const enWho =
  '(?:human(?!\\s+(?:resources?|rights?|body|error|nature|race))(?:\\s+beings?)?|person|people|agent|representative|rep|operator|somebody|someone|anyone|anybody|staff(?: member)?|employee|supervisor|manager|customer (?:service|support|care)|support(?: team| agent| staff)?|advisor|adviser|associate)\\b'
const enStrong = '(?:human|real person|real human|live (?:agent|person|human)|person|agent|representative|operator|rep|supervisor|manager)\\b'

const en: PhraseRule[] = [
  { rule: 'human-request', negatable: true, re: w(`\\b(?:talk|speak|chat|talking|speaking|chatting|get through|reach)\\s+(?:to|with)\\s+${enDet}${enWho}`) },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:connect(?:ed)?|transfer(?:red)?|put|pass(?:ed)?|forward(?:ed)?|redirect(?:ed)?|route(?:d)?|escalate(?:d)?|hand(?:ed)?)\\s+(?:(?:me|this|it|us|my (?:case|issue|chat|call|ticket))\\s+)?(?:over\\s+|through\\s+|back\\s+|on\\s+)?(?:to|with)\\s+${enDet}${enWho}`) },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:want|need|get me|give me|request|prefer|demand)\\s+(?:to (?:have|get)\\s+)?(?:a|an|some|one|the|your)\\s+(?:(?:real|live|actual|human|proper)\\s+){0,2}${enStrong}`) },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:human|live|real)\\s+(?:agent|operator|representative|support|assistance|being)\\b`) },
  { rule: 'human-request', re: w(`^\\W{0,3}(?:(?:a|an)\\s+)?(?:human|agent|representative|operator|real person|live agent|person|customer (?:service|support|care))(?:,?\\s+(?:please|pls|plz|now))?\\W{0,5}$`) },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:human|agent|representative|operator|person)\\s+(?:please|pls|plz)\\b`) },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:is|are) there\\s+(?:a\\s+|an\\s+|any\\s+)?(?:human|someone|somebody|anyone|anybody|person|real person|agent)\\b[^.?!]{0,40}\\b(?:talk|speak|chat)\\b`) },
  { rule: 'human-request', negatable: true, re: w('\\b(?:is|are)\\s+(?:there\\s+)?(?:a|an|any)\\s+(?:real\\s+|live\\s+)?(?:human|person|agent|representative|operator)s?\\s+(?:available|around|online)\\b') },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:have|get)\\s+(?:someone|somebody|a human|an agent|a person|a representative|an operator)\\s+(?:to\\s+)?(?:call|contact|phone|ring|email)\\s+me\\b`) },
]

const frWho =
  "(?:(?:un|une|le|la|l'|du|des|vrai|vraie|veritable|etre)\\s*){0,3}(?:humain(?!e?s? ressources)|personne(?! ne\\b)|conseiller|conseillere|agent|operateur|operatrice|quelqu'? ?un|interlocuteur|interlocutrice|responsable|service client|etre humain)\\b"

const fr: PhraseRule[] = [
  { rule: 'human-request', negatable: true, re: w(`\\b(?:parler|discuter|echanger|causer)\\s+(?:a|avec)\\s+${frWho}`) },
  { rule: 'human-request', negatable: true, re: w("\\b(?:(?:mettez|mets|mettre)[- ]moi|mise?)\\s+en\\s+(?:relation|contact)\\s+avec\\b") },
  { rule: 'human-request', negatable: true, re: w("\\b(?:passez|passe|passer)[- ]moi\\s+(?:un|une|quelqu'un|le|la|l')") },
  { rule: 'human-request', negatable: true, re: w(`\\btransfer(?:er|ez)?\\b[^.?!]{0,20}\\b(?:a|vers)\\s+${frWho}`) },
  { rule: 'human-request', negatable: true, re: w("\\b(?:veux|voudrais|aimerais|souhaite|souhaiterais|desire|faut|exige)\\s+(?:parler\\s+)?(?:a\\s+)?(?:un|une)\\s+(?:vraie?\\s+)?(?:humain|conseiller|conseillere|agent|operateur|personne)\\b") },
  { rule: 'human-request', negatable: true, re: w("\\b(?:joindre|contacter|avoir|parler a)\\s+(?:un|une)\\s+(?:vraie?\\s+)?(?:humain|conseiller|conseillere|agent|operateur|operatrice)\\b") },
  { rule: 'human-request', re: w("\\b(?:un|une)\\s+(?:humain|conseiller|conseillere|agent|personne)\\s+(?:svp|stp|s'il vous plait|s'il te plait)") },
  { rule: 'human-request', negatable: true, re: w("\\b(?:y a-t-il|y a t il|y a-t'il|il y a|est-ce qu'il y a)\\s+(?:quelqu'un|un humain|une personne|un conseiller)\\b[^.?!]{0,30}\\bparler\\b") },
]

const esWho =
  '(?:(?:un|una|el|la|algun|alguna)\\s+)?(?:humano|persona|agente|asesor|asesora|operador|operadora|alguien|ejecutivo|ejecutiva|representante|ser humano|atencion al cliente)\\b'

const es: PhraseRule[] = [
  { rule: 'human-request', negatable: true, re: w(`\\b(?:hablar|conversar|charlar|comunicar(?:me|nos)?|contactar(?:me)?)\\s+con\\s+${esWho}`) },
  { rule: 'human-request', negatable: true, re: w('\\b(?:pasame|paseme|pasenme|comuniqueme|comunicame|transfiereme|transfierame|conecteme|conectame|ponme|pongame)\\s+(?:con|a)\\s+(?:un|una|el|la|alguien)\\b') },
  { rule: 'human-request', negatable: true, re: w('\\b(?:quiero|necesito|quisiera|exijo)\\s+(?:un|una)\\s+(?:agente|asesor|asesora|humano|persona|operador|operadora)\\b') },
  { rule: 'human-request', re: w('\\b(?:agente|asesor|humano|operador),?\\s+por\\s+favor\\b') },
  { rule: 'human-request', negatable: true, re: w('\\batencion\\s+(?:de\\s+(?:un|una)\\s+)?(?:humana|humano|persona)\\b') },
  { rule: 'human-request', negatable: true, re: w('\\bhay\\s+(?:alguien|una persona|un humano)\\s+con\\s+(?:quien|quién)\\s+(?:pueda|puedo)\\s+hablar\\b') },
]

const deWho =
  '(?:(?:einem|einer|einen|dem|der|echten|echter|echtem|richtigen|richtiger|realen|menschlichen)\\s+){0,2}(?:menschen|mensch|mitarbeiter|mitarbeiterin|berater|beraterin|person|ansprechpartner|ansprechpartnerin|kundenberater|kundenberaterin|kundendienst|kundenservice|jemandem|operator|agenten|support)\\b'

const de: PhraseRule[] = [
  { rule: 'human-request', negatable: true, re: w(`\\bmit\\s+${deWho}[^.?!]{0,40}\\b(?:sprechen|reden|chatten|telefonieren|verbunden)\\b`) },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:verbinden|stellen)\\s+sie\\s+mich\\b[^.?!]{0,30}\\b(?:mit|zu|an)\\b`) },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:an|zu)\\s+${deWho}\\s+(?:weiterleiten|weiterverbinden|verbinden|durchstellen)\\b`) },
  { rule: 'human-request', negatable: true, re: w('\\b(?:ich mochte|ich will|ich brauche|ich hatte gerne?|ich wunsche|bitte)\\s+(?:(?:sofort|jetzt|bitte|gerne?|endlich|doch|einfach|dringend)\\s+)?(?:(?:einen|eine|einem|echten|echte|richtigen)\\s+){1,2}(?:menschen|mitarbeiter|mitarbeiterin|berater|beraterin|ansprechpartner|ansprechpartnerin|person|kundenberater|kundenberaterin)\\b') },
  { rule: 'human-request', re: w('\\b(?:einen|eine)\\s+(?:echten\\s+|echte\\s+)?(?:menschen|mitarbeiter|mitarbeiterin|berater|beraterin|ansprechpartner|ansprechpartnerin)\\s*,?\\s*bitte\\b') },
  { rule: 'human-request', negatable: true, re: w('\\bgibt es\\s+(?:jemanden|einen menschen|einen mitarbeiter|eine person)\\b[^.?!]{0,30}\\b(?:sprechen|reden)\\b') },
]

const ptWho =
  '(?:(?:um|uma|o|a|algum|alguma)\\s+)?(?:humano|pessoa|atendente|agente|alguem|operador|operadora|consultor|consultora|representante|ser humano)\\b'

const pt: PhraseRule[] = [
  { rule: 'human-request', negatable: true, re: w(`\\b(?:falar|conversar)\\s+com\\s+${ptWho}`) },
  { rule: 'human-request', negatable: true, re: w(`\\b(?:transfere|transfira|passa|passe|encaminha|encaminhe|transferir|passar)\\s+(?:-?me\\s+)?(?:para|pra|pro)\\s+${ptWho}`) },
  { rule: 'human-request', negatable: true, re: w('\\batendimento\\s+humano\\b') },
  { rule: 'human-request', negatable: true, re: w('\\b(?:quero|preciso de|preciso|gostaria de|exijo)\\s+(?:um|uma)\\s+(?:atendente|humano|pessoa|agente|operador)\\b') },
  { rule: 'human-request', negatable: true, re: w('\\btem\\s+(?:alguem|uma pessoa|um atendente)\\b[^.?!]{0,20}\\b(?:falar|conversar)\\b') },
]

const rules: PhraseRule[] = [...en, ...fr, ...es, ...de, ...pt]

export function detectHumanRequest(norm: NormalizedText): Finding[] {
  const found = runPhraseRules(norm, 'human-request', rules)
  return found.slice(0, 1) // several phrasings of the same request are one reason
}
