import { useEffect, useState } from 'preact/hooks'
import type { DeskApi, SessionList, SessionSummary } from './desk-api'

export type Markers = Record<string, number>

/** Unread for this agent: the end user's messages past what the agent last read of the session. */
export const unreadOf = (s: SessionSummary, markers: Markers | undefined) =>
  markers ? Math.max(0, (s.endUserMessages ?? 0) - (markers[s.id] ?? 0)) : 0

/**
 * The agent's read markers live in Botpress (on the agent's user), read once when the tab opens; the open
 * session is marked read whenever the queue shows it has messages the agent has not read (it is on screen).
 */
export const useReadMarkers = (api: DeskApi, list: SessionList | undefined, selectedId: string | undefined) => {
  const [markers, setMarkers] = useState<Markers>()
  useEffect(() => {
    api.readMarkers().then(
      (r) => setMarkers(r.markers),
      () => setMarkers({})
    )
  }, [api])
  const open = list?.sessions.find((s) => s.id === selectedId)
  const seen = open?.endUserMessages ?? 0
  const unreadInOpen = open ? unreadOf(open, markers) : 0
  useEffect(() => {
    if (!selectedId || !unreadInOpen) return
    api.markRead(selectedId, seen).then(
      (r) => setMarkers(r.markers),
      () => {}
    )
  }, [api, selectedId, seen, unreadInOpen])
  return markers
}
