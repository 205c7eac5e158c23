import { useCallback, useEffect, useRef, useState } from 'preact/hooks'

/** The current time, refreshed every `everyMs`: waiting times tick without a refetch. */
export const useNow = (everyMs = 1000) => {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}

/** Server-sent events: `onEvent` stays current without reopening the stream. */
export const useEventSource = (
  url: string | undefined,
  onEvent: (type: string, data: string) => void,
  types: string[]
) => {
  const handler = useRef(onEvent)
  handler.current = onEvent
  const [connected, setConnected] = useState(false)
  const typesKey = types.join(',')
  useEffect(() => {
    if (!url) return
    const source = new EventSource(url)
    const listeners = typesKey.split(',').map((type) => {
      const listener = (e: MessageEvent) => handler.current(type, e.data)
      source.addEventListener(type, listener)
      return [type, listener] as const
    })
    source.onopen = () => setConnected(true)
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN)
    return () => {
      for (const [type, listener] of listeners) source.removeEventListener(type, listener)
      source.close()
      setConnected(false)
    }
  }, [url, typesKey])
  return connected
}

/** Keeps a scrollable list pinned to its bottom when new content arrives, unless the reader scrolled up. */
export const useStickToBottom = (dependency: unknown) => {
  const ref = useRef<HTMLDivElement>(null)
  const pinned = useRef(true)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const onScroll = () => (pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80)
    // Images and players grow the list once loaded: stay at the bottom if the reader was there.
    const onLoad = () => {
      if (pinned.current) el.scrollTop = el.scrollHeight
    }
    el.addEventListener('scroll', onScroll)
    el.addEventListener('load', onLoad, true)
    el.addEventListener('loadedmetadata', onLoad, true)
    return () => {
      el.removeEventListener('scroll', onScroll)
      el.removeEventListener('load', onLoad, true)
      el.removeEventListener('loadedmetadata', onLoad, true)
    }
  }, [])
  useEffect(() => {
    const el = ref.current
    if (el && pinned.current) el.scrollTop = el.scrollHeight
  }, [dependency])
  return ref
}

/**
 * A refresh that never overlaps itself and never falls behind: called while a run is under way, it runs
 * once more right after, so the last call is always followed by a complete run.
 */
export const useCoalesced = (run: () => Promise<void>) => {
  const latest = useRef(run)
  latest.current = run
  const state = useRef({ running: false, again: false })
  return useCallback(() => {
    const s = state.current
    if (s.running) {
      s.again = true
      return
    }
    s.running = true
    void (async () => {
      do {
        s.again = false
        await latest.current().catch(() => {})
      } while (s.again)
      s.running = false
    })()
  }, [])
}
