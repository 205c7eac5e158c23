import { describe, expect, it } from 'vitest'
import { kinds, run } from './helpers'

describe('frustration detector', () => {
  it.each([
    'This is absolutely ridiculous',
    'WHY IS MY REFUND STILL NOT HERE?!',
    "J'en ai marre de votre service",
    'Das ist eine Frechheit!',
    'Estoy harto de esperar',
    'Não aguento mais',
  ])('fires on %j', (text) => {
    expect(kinds(text)).toContain('frustration')
  })

  it.each([
    'Ha, that is a ridiculously good price',
    'Thanks!!! You are the best!!!',
    "I'm not angry, just curious how this works",
    'I LOVE IT',
    "Ce n'est pas grave",
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('frustration')
  })

  it('fires when mild complaints build up over the history', () => {
    const history = ['my app is not working', 'it still does not work', 'this is getting annoying, it does not work']
    expect(kinds('still not working', {}, history)).toContain('frustration')
    expect(kinds('still not working')).not.toContain('frustration')
  })

  it('fires when the user keeps repeating the same message', () => {
    const r = run('where is my order', {}, ['where is my order', 'where is my order??'])
    expect(r.reasons).toContainEqual({
      rule: 'frustration.repetition',
      kind: 'frustration',
      match: 'where is my order',
    })
  })

  it('does not fire on a calm follow-up', () => {
    expect(run('ok', {}, ['where is my order', 'ok thanks, found it']).escalate).toBe(false)
  })

  describe('round 3 phrasings', () => {
    it.each([
      'This is an absolute joke',
      'your support is a complete joke',
      'I have been waiting for 2 hours, this is insane',
      'Thanks for nothing, this is insane',
      'Votre service est une vraie blague',
      'Vous vous moquez de moi ?',
      'Estoy hasta las narices',
      'Esto es una broma de mal gusto',
      'Ihr Kundenservice ist ein schlechter Witz',
      'Mir reicht es jetzt wirklich',
      'Vocês são uma piada',
      'Que atendimento de merda',
    ])('fires on %j', (text) => {
      expect(kinds(text)).toContain('frustration')
    })

    it.each([
      'lol that is insane, love the new design',
      "It's crazy how quickly you replied, thank you",
      'haha your last newsletter joke was great',
      '¿Me cuentas un chiste?',
      'Kennst du einen guten Witz?',
      'Das ist kein Witz, ich brauche die Rechnung',
      'Mir reicht es, wenn Sie die Rechnung schicken',
      'Essa piada do anúncio foi ótima',
    ])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('frustration')
    })
  })

  describe('round 4 phrasings', () => {
    it.each([
      "honestly I'm done with your app",
      'You are kidding me, the same error again',
      'Worst. Support. Ever.',
      "I'm running out of patience with this order",
      'Still no answer from anyone',
      'Qué mal servicio tienen',
      'Me están tomando el pelo',
      'Estoy hasta la coronilla de esperar',
      'Ich verliere langsam die Geduld',
      'So ein Saftladen',
      'Je perds patience, vraiment',
      'Vocês estão me fazendo de palhaço',
    ])('fires on %j', (text) => {
      expect(kinds(text)).toContain('frustration')
    })

    it.each([
      'Ridiculous price for such a good phone, bought it',
      "I'm done with the form, what's next?",
      'Are you kidding? This is amazing, thanks!',
      'Still nothing to report on my side, all good',
      'Gracias por tener paciencia conmigo',
      'Danke für Ihre Geduld',
    ])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('frustration')
    })
  })

  describe('round 7', () => {
    // Shouting four words or more is anger by itself; praise in capitals, in every language, is joy.
    it.each(['WHERE IS MY PACKAGE. IT SAYS DELIVERED.', 'ICH WARTE SEIT 6 WOCHEN AUF MEIN GELD'])(
      'fires on %j',
      (text) => {
        expect(kinds(text, { detectors: { model: false } })).toContain('frustration')
      }
    )

    it.each([
      'OMG BEST DELIVERY EVER!!! 10/10',
      'CHEGOU!!! VOCÊS SÃO DEMAIS!!! 🎉',
      'EINDELIJK GLASVEZEL!!! JULLIE ZIJN TOP',
      'WIE GEIL, DAS PAKET IST SCHON DA!!!',
      'MEILLEURE LIVRAISON DE MA VIE !!! 10/10',
    ])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('frustration')
    })
  })
})
