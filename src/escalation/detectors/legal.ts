/**
 * Built-in detector: legal language (lawyers, lawsuits, data-protection / deletion
 * requests, complaints to a regulator) in EN, FR, ES, DE, PT. Ambiguous words are
 * only taken in their legal sense: "avocat" needs a possessive (not the avocado),
 * "Gericht" needs "vor Gericht" (not the dish), "processar" needs a person object
 * (not "process my payment"), "court" needs "in/to court" (not the tennis court).
 */
import { runPhraseRules, type PhraseRule } from '../phrase-rules'
import type { NormalizedText } from '../normalize'
import type { Finding } from '../types'

const w = (s: string) => new RegExp(s, 'g')

const rules: PhraseRule[] = [
  // English
  {
    rule: 'legal.lawyer',
    negatable: true,
    re: w('\\b(?:lawyer|attorney|solicitor|barrister|legal counsel|legal team|legal department)s?\\b'),
    // "my brother is a lawyer": a profession, not a threat
    reject: (t, s) => /\b(?:is|was|am|are|were|as|be|become|becoming)\s+(?:a|an)\s+(?:\w+\s+)?$/.test(t.slice(Math.max(0, s - 30), s)),
  },
  { rule: 'legal.lawsuit', negatable: true, re: w("\\b(?:lawsuits?|law suits?|class action|legal action|legal proceedings|legal steps|litigation|small claims|cease and desist|breach of contract|subpoena|court order)\\b") },
  { rule: 'legal.lawsuit', negatable: true, re: w("\\b(?:(?:will|gonna|going to|'ll|to|i)\\s+sue|su(?:e|ing)\\s+(?:you|u|your|the company|them|this company|everyone))\\b") },
  { rule: 'legal.lawsuit', negatable: true, re: w('\\b(?:see|take|taking|drag|dragging|meet)\\s+(?:you|u|them|your company)\\s+(?:\\w+\\s+){0,2}(?:to|in)\\s+court\\b') },
  { rule: 'legal.data-protection', re: w('\\b(?:gdpr|ccpa|cpra|dsar|hipaa|coppa|data subject (?:access )?request|subject access request|right to (?:be forgotten|erasure|deletion))\\b') },
  { rule: 'legal.data-protection', negatable: true, re: w('\\b(?:delete|erase|remove|wipe|purge)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|our)\\s+(?:personal\\s+)?(?:data|information|info|details)\\b') },
  { rule: 'legal.data-protection', re: w('\\b(?:deletion|erasure)\\s+of\\s+(?:all\\s+)?(?:my|our)\\s+(?:personal\\s+)?(?:data|information)\\b') },
  { rule: 'legal.regulator', negatable: true, re: w('\\b(?:complaint|complain|report(?:ing)?\\s+(?:you|this|it|your company))\\b[^.!?]{0,40}\\b(?:ftc|cfpb|bbb|better business bureau|ombudsman|regulator|attorney general|consumer protection|trading standards|ico|fca|fcc|ofcom|sec)\\b') },
  { rule: 'legal.regulator', re: w('\\bformal complaint\\b') },
  // French
  { rule: 'legal.lawyer', negatable: true, re: w("\\b(?:mon|notre|votre|mes|nos)\\s+avocats?\\b(?!\\s+(?:bio|mur|murs|frais))") },
  // "un avocat" is as often the fruit: only with a verb of hiring/consulting
  { rule: 'legal.lawyer', negatable: true, re: w("\\b(?:prendre|prends|engager|engage|consulter|contacter|appeler|saisir)\\s+(?:un|des)\\s+avocats?\\b") },
  { rule: 'legal.lawsuit', negatable: true, re: w("\\b(?:porter plainte|porterai plainte|deposer (?:une )?plainte|poursuivre en justice|poursuites judiciaires|action en justice|mise en demeure|tribunal|prud'?hommes|huissier|devant les tribunaux)\\b") },
  { rule: 'legal.data-protection', re: w("\\b(?:rgpd|cnil|dgccrf|droit a l'oubli|droit a l'effacement|droit d'acces)\\b") },
  { rule: 'legal.data-protection', negatable: true, re: w('\\b(?:supprimer|supprimez|effacer|effacez|suppression de)\\s+(?:toutes\\s+)?(?:mes|nos)\\s+(?:donnees|informations personnelles)\\b') },
  // Spanish
  { rule: 'legal.lawyer', negatable: true, re: w('\\b(?:mi|mis|nuestro|nuestros|un|su)\\s+abogad[oa]s?\\b') },
  { rule: 'legal.lawsuit', negatable: true, re: w('\\b(?:demandar(?:los|les|te|la|lo)?|demandare(?:mos)?|los voy a demandar|acciones legales|accion legal|medidas legales|tribunales|juzgado|llevar(?:los)? a juicio|denunciar(?:los|les)?|denuncia formal|demanda judicial)\\b') },
  { rule: 'legal.data-protection', re: w('\\b(?:rgpd|lopd|aepd|omic|derecho al olvido|derecho de supresion|proteccion de datos)\\b') },
  { rule: 'legal.data-protection', negatable: true, re: w('\\b(?:borrar|borren|eliminar|eliminen|suprimir|supriman)\\s+(?:todos\\s+)?(?:mis|nuestros)\\s+datos\\b') },
  // German
  { rule: 'legal.lawyer', negatable: true, re: w('\\b(?:anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|anwalte|anwalten|rechtsabteilung|anwaltskanzlei)\\b') },
  { rule: 'legal.lawsuit', negatable: true, re: w('\\b(?:verklagen|verklage|klage|vor gericht|gerichtlich\\w*|rechtliche(?:n)? schritte(?:n)?|abmahnung|verbraucherzentrale|bafin|schlichtungsstelle)\\b') },
  { rule: 'legal.data-protection', re: w('\\b(?:dsgvo|datenschutzbehorde|datenschutzbeauftragte\\w*|recht auf vergessenwerden)\\b') },
  { rule: 'legal.data-protection', negatable: true, re: w('\\b(?:loschung|loschen sie)\\s+(?:aller\\s+)?(?:meiner|meine)\\s+(?:personenbezogenen\\s+)?daten\\b') },
  { rule: 'legal.data-protection', negatable: true, re: w('\\bmeine\\s+(?:personenbezogenen\\s+)?daten\\s+(?:zu\\s+)?loschen\\b') },
  // Portuguese
  { rule: 'legal.lawyer', negatable: true, re: w('\\b(?:meu|meus|nosso|um|seu)\\s+advogad[oa]s?\\b') },
  { rule: 'legal.lawsuit', negatable: true, re: w('\\bprocessar\\s+(?:voces|voce|vcs|vc|a empresa|a loja|essa empresa|esta empresa|todos voces)\\b') },
  { rule: 'legal.lawsuit', negatable: true, re: w('\\b(?:processo judicial|acao judicial|entrar na justica|na justica|procon|reclame aqui|juizado|tribunal)\\b') },
  { rule: 'legal.data-protection', re: w('\\b(?:lgpd|anpd)\\b') },
  { rule: 'legal.data-protection', negatable: true, re: w('\\b(?:apaguem|apagar|excluam|excluir|deletar|deletem|eliminar|eliminem)\\s+(?:todos\\s+)?(?:os\\s+)?(?:meus|nossos)\\s+dados\\b') },
]

export function detectLegal(norm: NormalizedText): Finding[] {
  return runPhraseRules(norm, 'legal', rules)
}
