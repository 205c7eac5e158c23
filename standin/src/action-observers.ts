// Lets a test watch every action call the stand-in forwards, with its answer: the desk contract test checks
// each one against docs/openapi.yaml. Observers only read; they cannot change a call.

export type ObservedActionCall = {
  type: string
  input: unknown
  outcome: { ok: true; body: unknown } | { ok: false; body: unknown }
}
type Observer = (call: ObservedActionCall) => void

const observers = new Set<Observer>()

export const observeActionCalls = (observer: Observer): (() => void) => {
  observers.add(observer)
  return () => observers.delete(observer)
}

export const reportActionCall = (call: ObservedActionCall): void => {
  for (const observer of observers) observer(call)
}
