/**
 * `npm run bench`: every figure the issues ask for, one `name: value` line each.
 * Sections run one after another so they do not compete for the two cores.
 */
import { bundle } from '../scripts/bundle'
import { runApiCallsBench } from './api-calls'

type Section = { name: string; run: () => Promise<Record<string, number>> }

const optional = (name: string, path: string, exportName: string): Section => ({
  name,
  run: async () => {
    const mod = await import(path)
    return mod[exportName]()
  },
})

const sections: Section[] = [
  { name: 'api calls', run: runApiCallsBench },
  { name: 'bundle', run: async () => ({ bundle_bytes: await bundle() }) },
  optional('escalation', './escalation', 'runEscalationBench'),
  optional('relay', './relay', 'runRelayBench'),
  optional('load and failover', './load-failover', 'runLoadFailoverBench'),
  optional('webhooks', './webhooks', 'runWebhookBench'),
  optional('desk', './desk', 'runDeskBench'),
  optional('desk session refresh', './desk-session', 'runDeskSessionBench'),
  optional('service levels', './sla', 'runSlaBench'),
]

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(3))

const main = async () => {
  for (const section of sections) {
    const figures = await section.run()
    for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${format(value)}`)
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  }
)
