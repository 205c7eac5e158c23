/**
 * Legal pressure the per-language lists in legal.ts leave out, by family: reversing a card
 * payment through the bank in each language's own words, formal notices, police and fraud
 * complaints, consumer agencies of more countries, access and erasure requests under GDPR/LGPD.
 */
import { inLanguages, type TaggedRule } from '../languages'
import { negatableRule } from '../phrase-rules'

// Rule makers for the ids whose hits a negation silences ("I won't sue").
const lawsuit = negatableRule('legal.lawsuit')
const chargeback = negatableRule('legal.chargeback')
const regulator = negatableRule('legal.regulator')

export const legalFamilies: TaggedRule[] = [
  ...inLanguages(
    ['en'],
    [
      regulator(
        '\\b(?:trading standards|better business bureau|bbb|ftc|cfpb|accc|ofcom|ofgem|financial ombudsman|consumer council|attorney general|consumer tribunal|action fraud)\\b'
      ),
      lawsuit(
        '\\bunauthori[sz]ed\\s+(?:transaction|charge|payment|debit)s?\\b|\\breport(?:ed|ing)?\\s+(?:(?:this|you|it|them|the (?:seller|company|shop|store))\\s+)?(?:to the police|as (?:a )?fraud)\\b|\\bcrime reference\\b|\\bsmall claims\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['fr'],
    [
      regulator('\\b(?:dgccrf|cnil|60 millions|conciliateur de justice|test-achats|sos conso)\\b'),
      lawsuit(
        '\\b(?:escroquerie|commissariat|gendarmerie|vaut mise en demeure|demande une retrofacturation|contest(?:e|er|erai)\\s+(?:ce|cet|cette|le|la|les)\\s+(?:prelevement|paiement|debit|achat)s?\\s+aupres de (?:ma|la) banque)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['es'],
    [
      chargeback(
        '\\b(?:contracargo|retrocargo|desconocer el cargo|anular el cargo (?:con|en) (?:mi|el) banco|devolucion del cargo|disputa (?:en|con) (?:la|mi) tarjeta)\\b'
      ),
      regulator(
        '\\b(?:profeco|omic|defensa del consumidor|sernac|indecopi|facua|ocu|junta arbitral de consumo|hoja de reclamaciones|libro de reclamaciones|requerimiento formal|burofax|agencia (?:espanola )?de proteccion de datos|aepd|derecho de (?:supresion|acceso|oposicion))\\b'
      ),
      lawsuit('\\b(?:denunciar[ea]?\\w*|denuncia)\\b[^.?!]{0,40}\\b(?:policia|guardia civil|fiscalia|comisaria)\\b'),
    ]
  ),
  ...inLanguages(
    ['de'],
    [
      chargeback(
        '\\b(?:zuruckbuchen|zuruckbuche|bank\\b[^.?!]{0,40}\\b(?:zuruckzuholen|zuruckholen|zuruckzufordern)|buche\\s+(?:\\w+\\s+){0,6}zuruck|lastschrift\\s+(?:\\w+\\s+){0,2}(?:zuruckgehen|zuruckgeben|widerrufen|zuruckbuchen)|ruckbuchung)\\b'
      ),
      lawsuit(
        '\\b(?:anzeige\\s+(?:wegen|gegen|bei der polizei|erstatten)|erstatte\\s+(?:\\w+\\s+)?anzeige|strafanzeige|mahnbescheid|mahne\\s+(?:\\w+\\s+)?gerichtlich|letzte frist|fristsetzung|bundesnetzagentur|dsgvo|datenschutzbehorde|auskunft\\s+(?:nach|gemass|uber)\\s+(?:art|dsgvo|meine))\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['pt'],
    [
      chargeback(
        '\\b(?:(?:pedir|pedirei|solicitar|vou pedir|abrir|fazer)\\s+(?:o\\s+|um\\s+)?estorno|(?:abrir|abri|abrirei)\\s+(?:uma\\s+)?(?:disputa|contestacao)\\s+no\\s+cartao|contestar\\s+(?:a|essa|esta)\\s+(?:compra|cobranca)\\s+(?:no|com o|junto ao)\\s+(?:cartao|banco))\\b'
      ),
      lawsuit(
        '\\b(?:notificacao extrajudicial|notificad[oa]s? extrajudicialmente|b\\.?\\s?o\\.?(?=\\s+(?:por|contra|na|de))|estelionato|consumidor\\.gov|deco|livro de reclamacoes|portal da queixa)'
      ),
    ]
  ),
  ...inLanguages(
    ['it'],
    [
      chargeback(
        "\\b(?:storno (?:dell'|del |di )?(?:addebito|pagamento)|stornare (?:il|l') (?:addebito|pagamento)|disconoscimento)\\b"
      ),
      lawsuit(
        '\\b(?:sporgo|sporgero|sporgiamo|presento|presentero)\\s+(?:una\\s+)?(?:denuncia|querela)|denuncia\\s+(?:ai carabinieri|alla polizia|alla guardia di finanza)|diffida ad adempiere|segnalazione (?:all|al)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['nl'],
    [
      chargeback('\\b(?:terugboeken|terugboeking|terug laten boeken|storneren|stornering)\\b'),
      regulator(
        '\\b(?:acm|consuwijzer|geschillencommissie|kifid|consumentenbond|test-aankoop|formeel in gebreke|inzage in mijn (?:persoons)?gegevens)\\b'
      ),
    ]
  ),
]
