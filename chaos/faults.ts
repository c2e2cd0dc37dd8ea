/**
 * Applies the schedule's faults and heals them: each fault is `inject`, then
 * after its hold `heal` (a restart: start again). Every fault in force is
 * remembered, so `healAll` can end them at once at the end of the run or on
 * SIGINT. Counts per class, and the body files it damaged, go to the report.
 */
import type { ChaosNetwork } from './netns.js';
import { corruptBody, setReadOnly, type Corruption } from './disk.js';
import type { ChaosRouter } from './routers.js';
import type { FaultClass, FaultEvent } from './schedule.js';
import type { ChaosServices } from './services.js';

export interface FaultTargets {
  routers: ChaosRouter[];
  services: ChaosServices;
  /** Undefined in loopback mode (no partitions). */
  network: ChaosNetwork | undefined;
  log: (line: string) => void;
}

export interface FaultOutcome {
  event: FaultEvent;
  injectedAtMs: number | undefined;
  healedAtMs: number | undefined;
  error: string | undefined;
  corruption?: Corruption | undefined;
}

export class FaultInjector {
  readonly outcomes: FaultOutcome[] = [];
  private readonly active = new Map<number, () => Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly targets: FaultTargets,
    private readonly t0: number,
  ) {}

  /** Starts every event at its offset from t0; returns at once. */
  play(events: readonly FaultEvent[]): void {
    for (const event of events) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.track(this.runEvent(event));
      }, Math.max(0, this.t0 + event.atMs - Date.now()));
      this.timers.add(timer);
    }
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const o of this.outcomes) if (o.injectedAtMs !== undefined) counts[o.event.kind] = (counts[o.event.kind] ?? 0) + 1;
    return counts;
  }

  /** Cancels faults not started, heals every fault in force, and waits for all of it. */
  async healAll(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const [index, heal] of [...this.active]) {
      this.active.delete(index);
      this.track(heal());
    }
    // Bounded: each pass waits for the tasks of the previous one; heals start no new faults.
    for (let pass = 0; pass < 10 && this.running.size > 0; pass++) await Promise.allSettled([...this.running]);
  }

  private track(task: Promise<void>): void {
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }

  private async runEvent(event: FaultEvent): Promise<void> {
    const outcome: FaultOutcome = { event, injectedAtMs: undefined, healedAtMs: undefined, error: undefined };
    this.outcomes.push(outcome);
    const where = event.router >= 0 ? ` router${event.router}` : '';
    try {
      const heal = await this.inject(event, outcome);
      outcome.injectedAtMs = Date.now() - this.t0;
      this.targets.log(`fault #${event.index} ${event.kind}${where} for ${event.holdMs} ms`);
      if (!heal) return;
      let healed = false;
      const doHeal = async (): Promise<void> => {
        if (healed) return;
        healed = true;
        this.active.delete(event.index);
        try {
          await heal();
          outcome.healedAtMs = Date.now() - this.t0;
          this.targets.log(`healed #${event.index} ${event.kind}${where}`);
        } catch (err) {
          outcome.error = `heal: ${String(err)}`;
          this.targets.log(`heal of #${event.index} ${event.kind}${where} failed: ${String(err)}`);
        }
      };
      this.active.set(event.index, doHeal);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.track(doHeal());
      }, event.holdMs);
      this.timers.add(timer);
    } catch (err) {
      outcome.error = String(err);
      this.targets.log(`fault #${event.index} ${event.kind}${where} failed: ${String(err)}`);
    }
  }

  /** Injects the fault; returns how to heal it (undefined: nothing to heal). */
  private async inject(event: FaultEvent, outcome: FaultOutcome): Promise<(() => Promise<void>) | undefined> {
    const { routers, services, network } = this.targets;
    const router = routers[event.router];
    const kind: FaultClass = event.kind;
    switch (kind) {
      case 'kill9':
        await need(router).kill9();
        return () => need(router).startSupervised(this.targets.log);
      case 'sigterm':
        await need(router).terminate();
        return () => need(router).startSupervised(this.targets.log);
      case 'pause':
        need(router).signal('SIGSTOP');
        return async () => need(router).signal('SIGCONT');
      case 'redis-restart':
        await services.killRedis();
        return () => services.startRedis();
      case 'postgres-restart':
        await services.stopPostgres();
        return () => services.startPostgres();
      case 'couch-outage':
        services.pauseCouch(true);
        return async () => services.pauseCouch(false);
      case 'disk-readonly':
        await setReadOnly(need(router).spec.dataDir, true);
        return () => setReadOnly(need(router).spec.dataDir, false);
      case 'body-corrupt':
        outcome.corruption = await corruptBody(need(router).spec.dataDir, event.salt);
        this.targets.log(`  corrupted ${outcome.corruption ? JSON.stringify(outcome.corruption) : 'nothing (no body file yet)'}`);
        return undefined;
      case 'partition-peers':
      case 'partition-redis':
      case 'partition-postgres': {
        const net = needNet(network);
        const targets = kind === 'partition-peers' ? net.peersOf(event.router) : [kind === 'partition-redis' ? net.addresses.redis : net.addresses.postgres];
        await net.cut(event.router, targets);
        return () => net.mend(event.router, targets);
      }
      case 'isolate': {
        const net = needNet(network);
        await net.isolate(event.router, true);
        return () => net.isolate(event.router, false);
      }
    }
  }
}

function need(router: ChaosRouter | undefined): ChaosRouter {
  if (!router) throw new Error('the fault names no router');
  return router;
}

function needNet(network: ChaosNetwork | undefined): ChaosNetwork {
  if (!network) throw new Error('a network fault without the namespace network');
  return network;
}
