import { useEffect, useRef, useState } from 'preact/hooks'
import type { SessionList } from './desk-api'

const STORAGE_KEY = 'hitl.alerts'

/** The agent's choice, remembered in this browser: alerts are opt-in. */
export const useAlertsSetting = () => {
  const [on, setOn] = useState(() => localStorage.getItem(STORAGE_KEY) === 'on')
  const change = async (wanted: boolean) => {
    if (wanted && 'Notification' in window && Notification.permission === 'default')
      await Notification.requestPermission()
    localStorage.setItem(STORAGE_KEY, wanted ? 'on' : 'off')
    setOn(wanted)
  }
  return [on, change] as const
}

export type Alert = { kind: 'arrived' | 'answered'; sessionId: string; endUser: string; text: string }

/**
 * What deserves an alert between two reads of the queue: a session that was not there, or an end user who wrote
 * again. The agent's own actions (taking, answering, closing) never add a session nor an end-user message.
 */
export const alertsBetween = (before: SessionList | undefined, after: SessionList): Alert[] => {
  if (!before) return []
  const known = new Map(before.sessions.map((s) => [s.id, s]))
  return after.sessions.flatMap((s): Alert[] => {
    const endUser = s.endUser.name ?? 'An end user'
    const was = known.get(s.id)
    if (!was)
      return s.status === 'pending'
        ? [{ kind: 'arrived', sessionId: s.id, endUser, text: `${endUser}: ${s.title}` }]
        : []
    if ((s.endUserMessages ?? 0) > (was.endUserMessages ?? 0))
      return [{ kind: 'answered', sessionId: s.id, endUser, text: s.lastMessage?.text ?? 'New message' }]
    return []
  })
}

/** A short two-note chime, made on the spot: no sound file to serve. */
const chime = () => {
  const audio = new AudioContext()
  for (const [i, freq] of [880, 1320].entries()) {
    const osc = audio.createOscillator()
    const gain = audio.createGain()
    osc.frequency.value = freq
    gain.gain.setValueAtTime(0.12, audio.currentTime + i * 0.15)
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.15 + 0.25)
    osc.connect(gain).connect(audio.destination)
    osc.start(audio.currentTime + i * 0.15)
    osc.stop(audio.currentTime + i * 0.15 + 0.3)
  }
}

/**
 * Notifies (browser notification and sound) of what changed in the queue, when the agent opted in. `scope` is the
 * filter the list was read with: another filter's list is a new baseline, not a list of arrivals.
 */
export const useQueueAlerts = (
  list: SessionList | undefined,
  scope: string,
  on: boolean,
  onAlert?: (alerts: Alert[]) => void
) => {
  const previous = useRef<{ scope: string; list: SessionList }>()
  useEffect(() => {
    if (!list) return
    const alerts = previous.current?.scope === scope ? alertsBetween(previous.current.list, list) : []
    previous.current = { scope, list }
    if (!on || alerts.length === 0) return
    onAlert?.(alerts)
    try {
      chime()
    } catch {
      // No audio output: the notification still says it.
    }
    if ('Notification' in window && Notification.permission === 'granted')
      for (const a of alerts) {
        const shown = new Notification(a.kind === 'arrived' ? `New session: ${a.endUser}` : `${a.endUser} answered`, {
          body: a.text,
          tag: a.sessionId,
        })
        // A click brings the tab forward, where the session waits in the queue.
        shown.onclick = () => window.focus()
      }
  }, [list, scope, on])
}
