// The stand-in's shared state: workspace registry, one store per bot, deliveries, fault settings,
// counters and the event emitter. HTTP routes and the chat channel both act through it.
import { EventEmitter } from 'node:events'
import { DEFAULT_DELIVERY, Deliveries, type DeliveryOptions } from './delivery/deliveries'
import { FaultSettings } from './faults/faults'
import { DEFAULT_PAGE_SIZE } from './store/paginate'
import { Pauses } from './faults/pauses'
import { Registry } from './store/registry'
import { Scheduler, type SchedulingMode } from './delivery/scheduler'
import { Stats } from './faults/stats'
import { BotStore } from './store/bot-store'
import { Tracker } from './delivery/tracker'

export type RuntimeOptions = {
  pageSize?: number
  delivery?: Partial<DeliveryOptions>
  seed?: number
  faults?: ConstructorParameters<typeof FaultSettings>[0]
  scheduledEvents?: SchedulingMode
}

export class Runtime {
  readonly registry = new Registry()
  readonly tracker = new Tracker()
  readonly stats = new Stats()
  readonly emitter = new EventEmitter()
  readonly faults: FaultSettings
  readonly deliveries: Deliveries
  readonly pageSize: number
  readonly deliveryOptions: DeliveryOptions
  private readonly stores = new Map<string, BotStore>()
  /** Requests a test holds to play a race in a chosen order. */
  readonly pauses = new Pauses()
  /** Scheduled events waiting to be delivered, by event id. */
  readonly scheduler: Scheduler
  /** Set once the server listens: used as the base of webhook URLs. */
  url = ''

  constructor(opts: RuntimeOptions = {}) {
    this.emitter.setMaxListeners(0)
    this.faults = new FaultSettings(opts.faults, opts.seed)
    this.scheduler = new Scheduler(opts.scheduledEvents)
    this.pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE
    this.deliveryOptions = { ...DEFAULT_DELIVERY, ...opts.delivery }
    this.deliveries = new Deliveries(this.deliveryOptions, this.faults, this.tracker)
  }

  store(botId: string): BotStore {
    let store = this.stores.get(botId)
    if (!store) {
      store = new BotStore(botId)
      this.stores.set(botId, store)
    }
    return store
  }

  dropStore(botId: string): void {
    this.stores.delete(botId)
  }
}
