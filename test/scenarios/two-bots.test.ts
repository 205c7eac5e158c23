import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTwoBots, type TwoOfflineBots } from '../../offline'
import { agent, EndUser, sessionIdOf, textsOf } from './support/people'
import { texts } from './support/texts'

let two: TwoOfflineBots
beforeAll(async () => {
  two = await startTwoBots({ seed: 8 })
})
afterAll(async () => two?.close())

describe('two bots on one account, side by side', () => {
  it('keep their sessions, end users and agents apart', async () => {
    const [a, b] = two.bots
    const uma = EndUser.open(two.standin, a.botId, 'Uma of A')
    const vic = EndUser.open(two.standin, b.botId, 'Vic of B')
    uma.say('/human')
    vic.say('/human')
    await Promise.all([uma.waitForText(texts.handoffText), vic.waitForText(texts.handoffText)])
    const [sessionA, sessionB] = [await sessionIdOf(a.desk, uma), await sessionIdOf(b.desk, vic)]

    const annA = agent(a.desk, 'Ann Agent')
    const annB = agent(b.desk, 'Ann Agent')
    // Each HITL tab lists its own bot's session only.
    expect((await annA.listSessions({ status: 'all' })).sessions.map((s) => s.id)).toEqual([sessionA])
    expect((await annB.listSessions({ status: 'all' })).sessions.map((s) => s.id)).toEqual([sessionB])
    // A session of the other bot does not exist from here.
    await expect(annA.getSession(sessionB)).rejects.toThrow()
    await expect(annA.write(sessionB, 'crossing over')).rejects.toThrow()

    await annA.take(sessionA)
    await annB.take(sessionB)
    await annA.write(sessionA, 'for Uma only')
    await annB.write(sessionB, 'for Vic only')
    uma.say('Uma speaking')
    vic.say('Vic speaking')
    await Promise.all([uma.waitForText('for Uma only'), vic.waitForText('for Vic only')])
    await two.standin.idle()

    expect(uma.receivedTexts()).not.toContain('for Vic only')
    expect(vic.receivedTexts()).not.toContain('for Uma only')
    expect(textsOf((await annA.getSession(sessionA)).messages)).toEqual(['for Uma only', 'Uma speaking'])
    expect(textsOf((await annB.getSession(sessionB)).messages)).toEqual(['for Vic only', 'Vic speaking'])

    // Closing one leaves the other open.
    await annA.close(sessionA)
    await uma.waitForText(texts.stoppedText)
    await two.standin.idle()
    expect((await annB.getSession(sessionB)).status).toBe('assigned')
    expect(vic.receivedTexts()).not.toContain(texts.stoppedText)
  })
})
