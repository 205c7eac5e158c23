/**
 * Indirect requests for a person, by family rather than by sentence, in the seven languages:
 * asking to be called back (with whoever is to call as the subject, so "call the courier" or
 * "rappelez-moi le prix" stay quiet), a colleague taking the case over, "someone who can actually
 * help", staff words (branch manager, team lead) and "is there a real person behind this chat".
 * All quantifiers are bounded.
 */
import { inLanguages, type TaggedRule } from '../languages'
import { negatableRule } from '../phrase-rules'

const w = (s: string) => new RegExp(s, 'g')
/** A request for a person; "I don't need a human" is dropped by the negation check. */
const request = negatableRule('human-request')

// Who can call back or take over, per language (folded text).
const enStaff =
  '(?:someone|somebody|anyone|anybody|colleague|colleagues|coworker|co-worker|advis[eo]rs?|agents?|representatives?|reps?|consultants?|specialists?|supervisor|manager|team ?lead(?:er)?|staff|human|operator)'
const frStaff =
  "(?:quelqu'? ?un|qqn|conseill(?:er|ere)s?|collegues?|agents?|responsables?|superieur|manager|humain|operat(?:eur|rice)|service client|vos services|votre equipe)"
const esStaff =
  '(?:alguien|asesor(?:a|es)?|agentes?|companer[oa]s?|colegas?|ejecutiv[oa]s?|encargad[oa]|supervisor(?:a)?|gerente|responsable|operador(?:a)?|persona|humano|equipo)'
const deStaff =
  '(?:jemand(?:en)?|kolleg(?:e|in|en)|mitarbeiter(?:in)?|berater(?:in)?|sachbearbeiter(?:in)?|kundenservice|kundendienst|techniker|vorgesetzte[nr]?|mensch(?:en)?|person|team)'
const ptStaff =
  '(?:alguem|consultor(?:a)?|atendente|agente|colega|gerente|supervisor(?:a)?|responsavel|pessoa|humano|equipe|equipa)'
const itStaff =
  '(?:qualcuno|operat(?:ore|rice)|consulente|collega|colleghi|addett[oa]|responsabile|persona|umano|servizio clienti|staff)'
const nlStaff = '(?:iemand|collega|medewerker|adviseur|klantadviseur|teamleider|leidinggevende|mens|persoon|monteur)'

export const indirectHumanRequests: TaggedRule[] = [
  ...inLanguages(
    ['en'],
    [
      // "could an advisor phone her instead", "can somebody from billing ring me back"
      {
        rule: 'human-request',
        negatable: true,
        re: w(
          `\\b${enStaff}\\b[^.?!]{0,40}\\b(?:call|phone|ring|contact)\\s+(?:me|her|him|us|my (?:mum|mom|dad|wife|husband))\\b`
        ),
        reject: (t, s) =>
          /\b(?:did|has|have|had|already|never)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, s - 20), s)),
      },
      request(
        `\\b(?:get|have|receive|arrange|prefer|like|want|need)\\s+(?:a|an)\\s+(?:quick\\s+|phone\\s+)?call\\s+(?:from|with)\\s+(?:someone|somebody|one of|an?|your|a real)\\b`
      ),
      // "can a colleague of yours take this over", "someone else please step in"
      request(
        '\\b(?:colleagues?|coworkers?|co-workers?|someone else|somebody else|another agent|a human|a person|real person|supervisor|manager)\\b[^.?!]{0,40}\\b(?:take (?:this |it |my case |my issue |my ticket )?over|step in|jump in|pick (?:this|it|my case) up)\\b'
      ),
      // "I'd rather deal with someone who isn't a bot", "looking for an actual person"
      request(
        "\\b(?:rather|prefer|want|need|looking for|give me|get me|deal with|find me)\\s+(?:to\\s+(?:deal|talk|speak|chat)\\s+(?:with|to)\\s+)?(?:someone|somebody|a person|a human|an actual person|a real person|an actual human|someone real)\\s+(?:who|that)\\s+(?:can|could|will|knows|actually|really|isn'?t|is not|understands)\\b"
      ),
      request(
        '\\b(?:looking for|give me|get me|find me)\\s+(?:a|an|some)\\s+(?:(?:actual|real|live)\\s+)?(?:person|human|agent|someone real)\\b|\\b(?:someone|somebody)\\s+real\\b'
      ),
      // "is anyone from your staff able to...", "someone from your team"
      request(
        '\\b(?:is|can|could|would|will)\\s+(?:someone|somebody|anyone|anybody)\\s+(?:from|on|in|of)\\s+(?:your|the)\\s+(?:staff|team|support|company|office|billing|shop|store)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['fr'],
    [
      // "un conseiller pourrait-il me rappeler", "faites-moi rappeler", "rappelez-moi au 06..."
      request(
        `\\b${frStaff}\\b[^.?!]{0,40}\\bme\\s+(?:rappeler|rappelle|recontacter|recontacte|appeler|appelle|telephoner|contacter|contacte)\\b(?!\\s+(?:le|la|les|l'|mon|ma|mes|votre|vos|(?:ce|cet|cette)(?!\\s+(?:matin|soir|apres-midi|apres midi|semaine|week-end))|ces|quand|comment|pourquoi|combien|que|qu'|si|de|d'|du|des)\\b)`
      ),
      request('\\bfaites[- ]moi\\s+(?:rappeler|appeler|recontacter)\\b'),
      request("\\brappelez[- ](?:moi|nous)\\s*(?:[.!?]|$|svp|s'il|au|sur|des|demain|ce|aujourd|rapidement|vite)"),
      // "qu'un de vos collègues reprenne mon dossier", "prendre le relais"
      request(
        `\\b${frStaff}\\b[^.?!]{0,40}\\b(?:reprenne|reprendre|reprend|prenne le relais|prendre le relais|prend le relais|s'occupe de moi|s'occuper de (?:moi|mon dossier))\\b`
      ),
      // "quelqu'un de vrai / de compétent", "quelqu'un qui peut vraiment m'aider", "au téléphone"
      request(
        "\\b(?:quelqu'? ?un|qqn)\\s+(?:de\\s+(?:vrai|reel|competent|serieux|votre equipe|chez vous|humain)|qui\\s+(?:peut|puisse|pourrait|sait|saura)\\s+(?:vraiment\\s+)?(?:m'aider|me repondre|m'expliquer|comprendre))\\b|\\b(?:avoir|parler a|joindre)\\s+(?:quelqu'? ?un|qqn|un conseiller|une personne)\\s+au\\s+telephone\\b"
      ),
      request(
        "\\b(?:un humain|une personne|un conseiller|une conseillere|un agent)\\s+(?:peut|pourrait|pourra)(?:-t-il|-t-elle)?\\s+(?:me\\s+|m')?(?:repondre|regarder|voir|lire|aider|traiter)"
      ),
      request(
        '\\b(?:parler|discuter)\\s+(?:a|avec)\\s+(?:qqn|qq1)\\b|\\btransmettre\\s+(?:a|au)\\s+(?:un|une|votre|mon)\\s+(?:responsable|superieur|conseiller|manager|collegue)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['es'],
    [
      {
        rule: 'human-request',
        negatable: true,
        re: w(
          `\\b${esStaff}\\b[^.?!]{0,40}\\bme\\s+(?:llame|llamen|llamara|llamaran|llamase|contacte|contacten|contactara|contactaran|telefonee|escriba|atienda|atiendan|atendiera|devuelva la llamada)\\b|\\b(?:llamarme|contactarme|atenderme)\\b[^.?!]{0,10}\\b${esStaff}\\b|\\b${esStaff}\\b[^.?!]{0,20}\\b(?:llamarme|contactarme|atenderme|telefonearme)\\b`
        ),
        reject: (t, s) => /\bya\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, s - 15), s)),
      },
      request(
        '\\b(?:derivame|derivenme|deriveme|derivarme|me\\s+(?:derivan|deriven|derive|derivas|puede derivar|pueden derivar))\\s+(?:con|a)\\s+(?:un|una|el|la|alguien)\\b|\\bque\\s+me\\s+(?:contacte|contacten|llame|llamen|atienda|atiendan)\\s+(?:un|una|alguien|el|la)\\b'
      ),
      request(
        '\\balguien\\s+(?:de\\s+verdad|real|de carne y hueso|que\\s+(?:de verdad\\s+|realmente\\s+)?(?:me\\s+)?(?:ayude|pueda ayudar|sepa|entienda|resuelva|atienda|conteste))\\b|\\b(?:hay|tienen|existe)\\s+(?:algun|alguna|un|una)\\s+(?:asesor|asesora|agente|encargado|encargada|supervisor|operador|operadora|persona real|humano)\\b[^.?!]{0,20}\\b(?:disponible|con quien|que me)'
      ),
    ]
  ),
  ...inLanguages(
    ['de'],
    [
      // "kann mich jemand zurückrufen", "rufen Sie mich unter ... zurück", "ruf mich an"
      {
        rule: 'human-request',
        negatable: true,
        re: w(
          '\\bmich\\s+(?:[\\w.]+\\s+){0,5}(?:anrufen|zuruckrufen|zurueckrufen|kontaktieren|telefonisch kontaktieren)\\b|\\b(?:rufen\\s+sie|ruft|ruf)\\s+(?:bitte\\s+)?mich\\b[^.?!]{0,40}\\b(?:an|zuruck)\\b|\\b(?:bitte\\s+um|um\\s+einen|einen)\\s+(?:baldigen\\s+|kurzen\\s+)?(?:ruckruf|rueckruf)\\b|^\\W*(?:ruckruf|rueckruf)\\s+bitte\\b'
        ),
        // "rufen Sie mich bitte nicht an": the negation sits inside the phrase
        reject: (t, s, e) =>
          /\b(?:nicht|kein\w*|wann|warum|wie)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, s - 25), s)) ||
          /\b(?:nicht|kein\w*|nie)\b/.test(t.slice(s, e)),
      },
      request(`\\b${deStaff}\\b[^.?!]{0,40}\\b(?:ubernehmen|ubernimmt|ubernahme)\\b`),
      request(
        '\\bjemand(?:en)?\\b,?\\s+(?:der|die)\\s+(?:sich\\s+|mir\\s+)?(?:\\w+\\s+){0,2}(?:auskennt|helfen kann|weiterhelfen kann|ahnung hat|versteht|zustandig ist)\\b|\\bpersonliche[sn]?\\s+gesprach\\s+mit\\b'
      ),
      request(
        '\\bgibt ?(?:e?s)?\\s+(?:(?:hier|da|dort|bei euch|bei ihnen|auch|uberhaupt|noch|wirklich|nen|einen|eine|ein|echte|echten|richtige|richtigen)\\s+){1,4}(?:menschen|mensch|mitarbeiter|mitarbeiterin|berater|person)\\b|\\b(?:echte[nr]?|richtige[nr]?|realen?)\\s+(?:menschen|mensch)\\b'
      ),
      request(
        '\\bmit\\s+(?:dem|der|einem|einer|ihrem|ihrer|eurem|eurer|nem|ner)\\s+(?:geschaftsfuhrer(?:in)?|filialleiter(?:in)?|chef(?:in)?|abteilungsleiter(?:in)?|vorgesetzten|teamleiter(?:in)?|mitarbeiter(?:in)?|berater(?:in)?)\\b[^.?!]{0,30}\\b(?:sprechen|reden|verbinden|telefonieren)\\b|\\b(?:verbinde|verbindet|verbinden sie|stellt|stell|leitet|leiten sie)\\s+mich\\b[^.?!]{0,30}\\b(?:mit|zu|an|durch|weiter)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['pt'],
    [
      {
        rule: 'human-request',
        negatable: true,
        re: w(
          `\\b${ptStaff}\\b[^.?!]{0,40}\\bme\\s+(?:ligar|ligue|liguem|ligasse|telefonar|telefone|telefonasse|retornar|retorne|retornem|retornasse|contatar|contate|contatasse|contactar|chamar)\\b|\\bme\\s+(?:liga|ligue|liguem|retorna|retorne|retornem|telefona|telefonem)\\b(?!\\s+(?:o|a|os|as)\\s+(?:carregador|luz|tv|aparelho))`
        ),
        reject: (t, s) => /\b(?:ja|nunca|quando|porque)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, s - 20), s)),
      },
      request(
        '\\bcolegas?\\b[^.?!]{0,30}\\b(?:assum\\w+|atend\\w+|peg(?:ue|ar|asse) (?:o|meu) (?:caso|atendimento)|cuid\\w+ do (?:meu )?caso)\\b|\\balguem\\s+(?:de\\s+verdade|real|que\\s+(?:realmente\\s+|de verdade\\s+)?(?:resolva|me ajude|possa ajudar|entenda|saiba|me atenda))\\b|\\b(?:tem|ha)\\s+(?:algum|alguma|um|uma)\\s+(?:gerente|supervisor|supervisora|atendente|consultor|consultora|humano)\\s+(?:disponivel|ai|online)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['it'],
    [
      request(
        `\\b${itStaff}\\b[^.?!]{0,40}\\b(?:mi\\s+(?:(?:puo|potete|potrebbe|possa|puoi|potreste)\\s+)?(?:richiam\\w+|chiam\\w+|contatt\\w+|ricontatt\\w+|telefon\\w+)|richiamarmi|chiamarmi|contattarmi|ricontattarmi|telefonarmi)\\b|\\b(?:fatemi|mi fate|mi fai|fammi|mi faccia)\\s+(?:richiamare|chiamare|contattare|ricontattare)\\b`
      ),
      request(
        '\\b(?:collega|colleghi)\\b[^.?!]{0,30}\\b(?:prend\\w+ in (?:mano|carico)|subentr\\w+|occup\\w+ (?:di me|della mia pratica|del mio caso)|segu\\w+ la (?:mia )?pratica)\\b|\\bparlar(?:e|ne|ci)\\b[^.?!]{0,25}\\bcon\\s+(?:qualcuno|una persona|un operatore|un consulente|un responsabile)\\b|\\b(?:sentire|avere)\\s+(?:una persona|qualcuno|un operatore)\\s+al telefono\\b|\\b(?:un essere umano|una persona (?:vera|reale)|un umano)\\b|\\bcon cui (?:poter )?parlare\\b|\\bqualcuno\\s+che\\s+(?:sappia|possa|riesca)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['nl'],
    [
      {
        rule: 'human-request',
        negatable: true,
        re: w(
          '\\bterug\\s*(?:te\\s+)?bellen\\b|\\bbel\\s+(?:me|mij)\\b[^.?!]{0,30}\\bterug\\b|\\bterugbelverzoek\\b|\\b(?:kunt|kan|wil|zou|kunnen|willen)\\s+(?:u|jullie|iemand|je)\\s+(?:me|mij)\\s+(?:\\w+\\s+){0,2}(?:opbellen|bellen)\\b'
        ),
        reject: (t, s) =>
          /\b(?:niet|geen|nooit|wanneer|waarom|ik|wij|we)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, s - 25), s)),
      },
      request(
        `\\b(?:collega|iemand anders|medewerker|mens)\\b[^.?!]{0,30}\\b(?:overnemen|overneemt)\\b|\\biemand\\s+die\\s+(?:me\\s+|mij\\s+)?(?:echt|wel|gewoon)?\\s*(?:kan|kunnen)\\s+helpen\\b|\\biemand\\s+aan\\s+de\\s+(?:lijn|telefoon)\\b|\\b(?:een\\s+)?(?:echt|echte)\\s+(?:mens|medewerker|persoon)\\b|\\bis\\s+er\\s+(?:ook|wel|nog)\\s+(?:een\\s+)?(?:mens|medewerker|persoon|iemand)\\s+(?:aanwezig|beschikbaar|bereikbaar)\\b`
      ),
      request(
        `\\b(?:mag|kan|wil)\\s+ik\\s+(?:\\w+\\s+){0,2}(?:de|een|uw|jullie)\\s+${nlStaff}\\s+(?:spreken|bellen|aan de lijn)\\b|\\bgesprek\\s+met\\s+(?:een|de|uw)\\s+${nlStaff}\\b|\\bverbind\\s+(?:me|mij)\\b[^.?!]{0,20}\\bmet\\b`
      ),
    ]
  ),
  // Someone from a department, a real person to settle it with, a meeting with an adviser
  ...inLanguages(
    ['en'],
    [
      request(
        '\\b(?:need|want|get|have)\\s+(?:somebody|someone|a person|a human)\\s+(?:from|in|at|on)\\s+(?:your\\s+|the\\s+)?[a-z]+'
      ),
    ]
  ),
  ...inLanguages(
    ['fr'],
    [
      request(
        '\\b(?:echange|entretien|rendez-vous|rdv|appel)\\s+(?:telephonique\\s+)?avec\\s+(?:un|une|le|la)\\s+(?:vrai\\w*\\s+)?(?:conseill\\w+|humain|personne|agent|responsable)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['es'],
    [
      request(
        '\\bme\\s+(?:puede|pueden|podria|podrian)\\s+(?:contactar|llamar|atender|escribir)\\s+(?:alguien|un|una)\\b|\\bque\\s+(?:un|una|algun|alguna)\\s+(?:agente|asesor\\w*|persona|humano|supervisor\\w*|ejecutiv\\w+|encargad\\w)\\s+(?:revis|mir|atiend|vea|llam|contact|resuelv)\\w*'
      ),
    ]
  ),
  ...inLanguages(
    ['de'],
    [
      request(
        '\\b(?:jemand|mitarbeiter\\w*|berater\\w*|sachbearbeiter\\w*|kundenservice|kolleg\\w*)\\b[^.?!]{0,30}\\bbei\\s+mir\\s+melden\\b|\\bmit\\s+(?:einem|einer)\\s+(?:echten\\s+)?(?:menschen|mitarbeiter\\w*|berater\\w*|person)\\b[^.?!]{0,30}\\b(?:klaren|besprechen|regeln)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['pt'],
    [request('\\b(?:com|por)\\s+(?:uma pessoa|alguem|um humano|um atendente)\\s+(?:de verdade|real)\\b')]
  ),
  ...inLanguages(
    ['it'],
    [request('\\b(?:contattarmi|chiamarmi|richiamarmi|ricontattarmi|telefonarmi)\\s+qualcuno\\b')]
  ),
  ...inLanguages(
    ['nl'],
    [
      request(
        '\\b(?:kan|kunt|wil|zou)\\s+iemand\\s+(?:\\w+\\s+){1,4}(?:me|mij)\\s+(?:\\w+\\s+){0,2}(?:opbellen|bellen|terugbellen)\\b'
      ),
    ]
  ),
]
