import { INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { AppModule } from '../../app.module';
import { AppConfig } from '@config/config';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { ProjectionRunner } from '@infrastructure/projections/projection-runner';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContextFactory } from '@kernel/command-context';
import { EMPLOYEES } from '@modules/personnel/employee/read-models/employees/employee.schema';
import { INSTANSI } from '@modules/organisation/read-models/instansi/instansi.schema';
import { ORG_UNITS } from '@modules/organisation/read-models/org-units/org-unit.schema';
import { APPOINTMENT_OUTCOMES } from '@modules/personnel/recruitment/read-models/appointment-outcomes/appointment-outcome.schema';
import { SELECTION_ROUNDS } from '@modules/personnel/recruitment/read-models/selection-rounds/selection-round.schema';
import { SeedEnvironment, seedPhases } from './commands';
import { SeedClock } from './seed-clock';
import { DeadlineScheduler } from '@infrastructure/scheduling';
import { ClaimReconciler } from '@kernel/claims/claim-reconciler';
import { trackingIdFor } from '@modules/public-feedback/report/tracking-id';
import { createChallenge } from 'altcha-lib';
import { ANONYMOUS } from '@infrastructure/auth/roles';
import { deriveId } from '@kernel/ids';
import { powIdempotencyKey } from '@modules/public-feedback/abuse/proof-of-work';
import { createHash } from 'node:crypto';
import { SeedPlan, buildPlan } from './generator';
import { RunCounts, SEED_ACTOR, SeedRunner, emptyCounts } from './runner';

export interface SeedOptions {
  /** The reduced dataset (2 instansi, 6 OPD, 200 employees) used by tests. */
  readonly small?: boolean;
  /** Chains in flight at once (default 32). */
  readonly concurrency?: number;
  /** Progress and summary lines (default: console.log). */
  readonly log?: (line: string) => void;
  /** Nest logger levels (default: errors and warnings). */
  readonly logger?: LogLevel[] | false;
  /** Longest wait for the projections to catch up, in ms (default 10 minutes). */
  readonly catchUpTimeoutMs?: number;
}

export interface PhaseReport {
  readonly name: string;
  readonly commands: number;
  readonly duplicates: number;
  readonly existing: number;
  readonly failed: number;
  readonly ms: number;
}

/** What the plan contains (the dataset), independent of what a run had to write. */
export interface DatasetSummary {
  readonly instansi: number;
  readonly opd: number;
  readonly units: number;
  readonly positions: number;
  readonly employees: number;
  readonly pns: number;
  readonly pppk: number;
  readonly transfers: number;
  readonly promotions: number;
  readonly disciplinaryActions: number;
  readonly actingAssignments: number;
  readonly applicants: number;
  readonly appointments: number;
}

/** Counted in the read models once the projections have caught up. */
export interface ReadModelCounts {
  readonly instansi: number;
  readonly orgUnits: number;
  readonly positions: number;
  readonly employees: number;
  readonly pns: number;
  readonly pppk: number;
  readonly selectionRoundStatus: string | null;
  readonly appointmentsRegistered: number;
  readonly appointmentsFailed: number;
}

export interface SeedReport {
  readonly dataset: DatasetSummary;
  readonly counts: RunCounts;
  readonly phases: readonly PhaseReport[];
  readonly headBefore: number;
  readonly headAfter: number;
  readonly eventsWritten: number;
  readonly readModels: ReadModelCounts;
  readonly elapsedMs: number;
  /** No refused command, every projection caught up, every appointment registered. */
  readonly ok: boolean;
}

export function summarise(plan: SeedPlan): DatasetSummary {
  return {
    instansi: plan.instansi.length,
    opd: plan.units.filter((u) => u.parentUnitId === null).length,
    units: plan.units.length,
    positions: plan.positions.length,
    employees: plan.employees.length + plan.recruitment.appointments.length,
    pns: plan.employees.filter((e) => e.employmentType === 'PNS').length + plan.recruitment.appointments.length,
    pppk: plan.employees.filter((e) => e.employmentType === 'PPPK').length,
    transfers: plan.transfers.length,
    promotions: plan.promotions.length,
    disciplinaryActions: plan.disciplinary.length,
    actingAssignments: plan.acting.length,
    applicants: plan.recruitment.applicants.length,
    appointments: plan.recruitment.appointments.length,
  };
}

/**
 * `npm run seed`: builds the deterministic plan and sends it as commands, in process, through the
 * real application (AppModule on the configured stores) as the `seed` actor. Between phases whose
 * handlers read read models it waits for the projections; at the end it waits until every projection
 * (and the appointment process manager, which registers the appointed CPNS) has caught up with the
 * log, so a following `npm start` serves everything.
 */
export async function runSeed(config: AppConfig, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  const plan = buildPlan({ small: options.small });
  const dataset = summarise(plan);
  log(
    `Seeding ${plan.size.label} dataset into ${config.dataDir}: ${dataset.instansi} instansi, ${dataset.opd} OPD (${dataset.units} units, ${dataset.positions} positions), ` +
      `${dataset.employees} employees, ${dataset.transfers} transfers, ${dataset.promotions} promotions, ${dataset.disciplinaryActions} hukdis, ` +
      `${dataset.actingAssignments} Plt/Plh, 1 recruitment round (${dataset.applicants} applicants, ${dataset.appointments} appointments), a year of training, leave and citizen feedback`,
  );
  // The seed polls the deadlines itself, as of the instants its phases name (SeedPhase.fireDeadlinesAt):
  // the scheduler's own loop only runs its first poll, at boot.
  const clock = new SeedClock();
  const seedConfig: AppConfig = { ...config, deadlinePollIntervalMs: 3_600_000 };
  const app: INestApplicationContext = await NestFactory.createApplicationContext(AppModule.forRoot(seedConfig, { clock }), { logger: options.logger ?? ['error', 'warn'], abortOnError: false });
  try {
    const events = app.get<EventStore>(EVENT_STORE);
    const projections = app.get(ProjectionRunner);
    const scheduler = app.get(DeadlineScheduler);
    const timeoutMs = options.catchUpTimeoutMs ?? 600_000;
    const runner = new SeedRunner(app.get(CommandBus), app.get(CommandContextFactory), options.concurrency ?? 32, SEED_ACTOR, clock, seedEnvironment(config));
    const fireDeadlines = async (at: string | undefined) => {
      await catchUp(events, projections, timeoutMs, log);
      // A fire dispatches its target through a reaction, which may schedule the next deadline: poll until nothing more is due.
      while ((await clock.at(at, () => scheduler.tick())) > 0) await catchUp(events, projections, timeoutMs, log);
    };
    const headBefore = await events.headPosition();
    const counts = emptyCounts();
    const phases: PhaseReport[] = [];

    for (const phase of seedPhases(plan)) {
      if (phase.afterReadModels) await catchUp(events, projections, timeoutMs, log);
      const phaseStart = Date.now();
      const before = { sent: counts.sent, duplicates: counts.duplicates, existing: counts.existing, refusedAsPlanned: counts.refusedAsPlanned, failed: counts.failed };
      let lastReport = Date.now();
      await runner.run(phase.chains, counts, (done, total) => {
        if (Date.now() - lastReport < 5000) return;
        lastReport = Date.now();
        log(`  ${phase.name}: ${done}/${total}`);
      });
      const report = {
        name: phase.name,
        commands: counts.sent - before.sent,
        duplicates: counts.duplicates - before.duplicates,
        existing: counts.existing - before.existing,
        failed: counts.failed - before.failed,
        ms: Date.now() - phaseStart,
      };
      phases.push(report);
      const existing = report.existing ? `, ${report.existing} already present` : '';
      const planned = counts.refusedAsPlanned - before.refusedAsPlanned;
      if (phase.fireDeadlinesAt) await fireDeadlines(phase.fireDeadlinesAt);
      log(`  ${report.name}: ${report.commands} commands, ${report.duplicates} duplicates${existing}${planned ? `, ${planned} refused as planned` : ''}, ${report.failed} refused, ${(report.ms / 1000).toFixed(1)} s`);
    }

    // What came due since the last phase's instant (up to now) fires now, so the API started next finds nothing overdue.
    await fireDeadlines(undefined);
    const caughtUp = await catchUp(events, projections, timeoutMs, log);
    // Settles the claims the seed made (their writes exist; the pass records it, or the close does), so the
    // API started next does not check them all again at its boot.
    await app.get(ClaimReconciler).reconcile();
    const headAfter = await events.headPosition();
    const readModels = await countReadModels(app.get(ReadModels), plan);
    for (const failure of counts.failures.slice(0, 20)) log(`  refused ${failure.command} ${failure.key}: ${failure.code} ${failure.message}`);
    if (counts.failures.length > 20) log(`  … and ${counts.failures.length - 20} more refusals`);
    return {
      dataset,
      counts,
      phases,
      headBefore,
      headAfter,
      eventsWritten: headAfter - headBefore,
      readModels,
      elapsedMs: Date.now() - started,
      ok: counts.failed === 0 && caughtUp && readModels.appointmentsFailed === 0,
    };
  } finally {
    await app.close();
  }
}

/**
 * Waits until every projection has applied the log up to its head. Process managers append while
 * they run (an appointment registers an employee), so the head is read again until it stands still.
 * False when a projection stopped (poison event) or the time ran out.
 */
async function catchUp(events: EventStore, projections: ProjectionRunner, timeoutMs: number, log: (line: string) => void): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let head = await events.headPosition();
  for (;;) {
    const reached = await projections.waitFor(head, [], Math.max(0, Math.min(5000, deadline - Date.now())));
    if (reached) {
      const now = await events.headPosition();
      if (now === head) return true;
      head = now;
      continue;
    }
    const status = await projections.status();
    const stopped = status.filter((s) => s.state === 'STOPPED');
    if (stopped.length > 0) {
      log(`  projections stopped: ${stopped.map((s) => `${s.name} at ${JSON.stringify(s.failedEvent)}`).join('; ')}`);
      return false;
    }
    if (Date.now() >= deadline) {
      log(`  projections did not catch up in time`);
      return false;
    }
    const behind = status.filter((s) => s.lag > 0).map((s) => `${s.name} ${s.lag}`);
    log(`  waiting for projections (events behind: ${behind.join(', ') || 'none'})`);
  }
}

async function countReadModels(readModels: ReadModels, plan: SeedPlan): Promise<ReadModelCounts> {
  const units = await readModels.collection<{ _id: string; positions: unknown[] }>(ORG_UNITS).find({});
  const employees = readModels.collection(EMPLOYEES);
  const round = await readModels.collection<{ _id: string; status: string }>(SELECTION_ROUNDS).findById(plan.recruitment.roundId);
  const outcomes = await readModels.collection<{ _id: string; roundId: string; status: string }>(APPOINTMENT_OUTCOMES).find({ roundId: plan.recruitment.roundId });
  return {
    instansi: await readModels.collection(INSTANSI).count({}),
    orgUnits: units.length,
    positions: units.reduce((n, u) => n + u.positions.length, 0),
    employees: await employees.count({}),
    pns: await employees.count({ employmentType: 'PNS' }),
    pppk: await employees.count({ employmentType: 'PPPK' }),
    selectionRoundStatus: round?.status ?? null,
    appointmentsRegistered: outcomes.filter((o) => o.status === 'REGISTERED').length,
    appointmentsFailed: outcomes.filter((o) => o.status !== 'REGISTERED').length,
  };
}

/**
 * What the feedback steps need from the deployment. The seed runs in process with the server's keys:
 * it makes each anonymous caller's ALTCHA challenge itself, with a salt and number derived from the
 * step's key (so a second run sends the same solution and is answered as a duplicate), expiring
 * after the configured time from the step's instant; the solution is verified and spent by the same
 * path as a browser's.
 */
function seedEnvironment(config: AppConfig): SeedEnvironment {
  const { powKey, powMaxNumber, powExpiresSeconds, trackingKey } = config.publicFeedback;
  return {
    async proofOfWork(key, at) {
      const digest = createHash('sha256').update(`seed-pow:${key}`).digest();
      const expires = String(Math.floor(new Date(at).getTime() / 1000) + powExpiresSeconds);
      const number = digest.readUInt32BE(0) % powMaxNumber;
      const c = await createChallenge({ hmacKey: powKey, maxNumber: powMaxNumber, salt: digest.subarray(4, 16).toString('hex'), number, params: { expires } });
      const solution = Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature })).toString('base64');
      return { solution, commandId: deriveId('command', ANONYMOUS.id, powIdempotencyKey(c.signature)) };
    },
    trackingIdOf: (commandId) => trackingIdFor(trackingKey, commandId),
  };
}
