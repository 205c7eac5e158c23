import { describe, expect, it } from 'vitest'
import { kinds, run } from './helpers'

// Phrasing families the rules now cover, each in several languages, with the model switched off so
// the rules alone are judged (the model's own tests are in model.test.ts).
const rulesOnly = { detectors: { model: false } }
const ruleKinds = (text: string) => kinds(text, rulesOnly)

describe('indirect requests for a person', () => {
  it.each([
    'Could one of your advisers ring my husband back about the loan?',
    'can a coworker of yours take over my case?',
    "I'd rather talk to someone who actually knows the product",
    'Un agent pourrait-il me recontacter cet après-midi ?',
    'un collègue à vous peut reprendre ma réclamation ?',
    '¿Podría un asesor llamarme mañana temprano?',
    'Kann mich ein Berater morgen früh anrufen?',
    'Kann eine Kollegin von Ihnen den Fall übernehmen?',
    'um consultor pode me ligar depois das 18h?',
    'un consulente può richiamarmi domani?',
    'kan iemand me morgenochtend terugbellen?',
    'kan een collega mijn vraag overnemen?',
  ])('fires on %j', (text) => {
    expect(ruleKinds(text)).toContain('human-request')
  })

  it.each([
    'the courier should call me when he is outside',
    "rappelez-moi le prix de l'abonnement ?",
    'Rufen Sie mich bitte nicht an, eine E-Mail genügt.',
    'Llámame loco, pero me gusta el diseño nuevo',
    'our team lead will take over the project next week',
  ])('stays quiet on %j', (text) => {
    expect(ruleKinds(text)).not.toContain('human-request')
  })
})

describe('legal pressure', () => {
  it.each([
    'If you do not refund me by Friday I will file a chargeback',
    'Si vous ne me remboursez pas je demande une rétrofacturation',
    'Si no me devuelven el dinero pido un contracargo',
    'Ich buche den Betrag über meine Bank zurück',
    'se não devolverem vou pedir estorno no cartão',
    "chiederò lo storno dell'addebito alla banca",
    'ik laat het bedrag terugboeken',
    'I have reported this to the police as fraud',
    'Denunciaré a la empresa ante la policía',
    'Ich erstatte Strafanzeige',
  ])('fires on %j', (text) => {
    expect(ruleKinds(text)).toContain('legal')
  })

  it.each([
    'My lawyer friend said your app is great, how do I sign up?',
    'Mi amigo abogado me habló de ustedes, ¿cómo me registro?',
    'Meine Freundin Anwältin hat euch empfohlen',
    'Going to the police station to collect my bike, can you deliver later?',
  ])('stays quiet on %j', (text) => {
    expect(ruleKinds(text)).not.toContain('legal')
  })
})

describe('frustration families', () => {
  it.each([
    'Third time I am asking for the invoice.',
    "C'est la quatrième fois que je demande le remboursement",
    'Ya van cinco veces que pido la factura',
    'Ich habe dreimal nachgefragt und nichts passiert',
    'já é a terceira vez que peço o reembolso',
    'è la quinta volta che chiedo la fattura',
    'voor de vierde keer vraag ik om de factuur',
    'If my router is not fixed today I am switching to another provider and cancelling',
    'Sinon je résilie et je vais voir ailleurs',
    'Wenn das bis Freitag nicht läuft, kündige ich',
    'Great, still no answer after a week',
    'Na toll, schon wieder keine Rückmeldung',
  ])('fires on %j', (text) => {
    expect(ruleKinds(text)).toContain('frustration')
  })

  it.each([
    'Great, it works again, no problem now!',
    "I'd like to cancel my order please",
    'THANK YOU SO MUCH, YOU SAVED MY DAY!!!',
    'worst case I will pick it up myself',
  ])('stays quiet on %j', (text) => {
    expect(ruleKinds(text)).not.toContain('frustration')
  })
})

describe('negation', () => {
  it('a negated condition does not silence the request after it', () => {
    expect(run("If you don't refund me, I will file a chargeback").escalate).toBe(true)
    expect(run("I won't file a chargeback, I just want to know the status").escalate).toBe(false)
  })
})

describe('near misses of the new families', () => {
  it.each([
    ['Can the delivery person call me when he is at the door?', 'human-request'],
    "Personne ne m'a rappelé depuis lundi, c'est normal ?",
    'o técnico ficou de me ligar hoje, sabem a que horas?',
    'ik bel jullie morgen zelf terug',
    ["If I'm cancelling now, do I still get the discount?", 'frustration'],
    'Si je résilie maintenant, je paie des frais ?',
    'Wenn ich kündige, bekomme ich dann Geld zurück?',
    'Stap ik over naar het nieuwe abonnement, blijft mijn nummer?',
  ])('stays quiet on %j', (text) => {
    expect(ruleKinds(typeof text === 'string' ? text : text[0]!)).toEqual([])
  })
})
