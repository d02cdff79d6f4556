import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { INSTANSI_ADMIN } from '@infrastructure/auth/instansi-admin.policy';
import { canonicalJson } from '@kernel/canonical-json';
import { Claims } from '@kernel/claims/claims';
import { Clock } from '@kernel/clock';
import { CommandContext, CommandExecutor } from '@kernel/command-handling';
import { fold } from '@kernel/decider';
import { AppError, DomainRuleViolation } from '@kernel/errors';
import { eventRegistry } from '@kernel/event-registry';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { Actor, Position } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { problem, RuleProblem } from '@kernel/rules';
import { instansiIdOf, OrganisationDirectory } from '@modules/organisation';
import { assertManagesEmployeesOf } from '../access/employee-access';
import { EmployeeEvent, employeeDecider, employeeStreamId, identifierClaim, identifierTypeOf, ImportEmployee, EmploymentType } from '../domain';
import { registerCommand } from '../register-employee/register-employee.handler';
import { OrgPlacementRule, PlacementCheck, PostReading, seatProblems } from '../shared/placement-check';
import { ImportRule, mapRow, RawRow } from './import-columns';

export const ImportRowStatus = {
  /** Written now. */
  IMPORTED: 'IMPORTED',
  /** Dry run: every rule holds, the import would write it. */
  WOULD_IMPORT: 'WOULD_IMPORT',
  /** This row (same NIP, same content) was imported before: nothing written. */
  ALREADY_IMPORTED: 'ALREADY_IMPORTED',
  /** A rule refuses it: nothing written for it. */
  REFUSED: 'REFUSED',
} as const;
export type ImportRowStatus = (typeof ImportRowStatus)[keyof typeof ImportRowStatus];

export interface ImportRowOutcome {
  /** Data row number, 1 = the first row after the header. */
  readonly row: number;
  readonly identifier: string;
  /** The record the row is (or would be) imported as; derived from the NIP / NI PPPK. */
  readonly employeeId: string;
  readonly status: ImportRowStatus;
  /** Every unmet rule (a domain rule code, or FORBIDDEN for a unit outside the caller's instansi). */
  readonly problems: readonly RuleProblem[];
}

export interface ImportReport {
  readonly dryRun: boolean;
  readonly rowsRead: number;
  readonly imported: number;
  readonly wouldImport: number;
  readonly alreadyImported: number;
  readonly refused: number;
  /** Rows refused per rule code (a row refused by two rules counts under both). */
  readonly refusedByRule: readonly { readonly rule: string; readonly rows: number }[];
  readonly outcomes: readonly ImportRowOutcome[];
  /** Global position of the last event written (read-your-writes); 0 when nothing was written. */
  readonly position: Position;
  readonly elapsedMs: number;
}

export interface ImportOptions {
  readonly dryRun: boolean;
  /** Rows must be in this instansi (the CLI's --instansi); the actor's grants apply in any case. */
  readonly instansiId?: string;
  /** Rows checked / written at once; the embedded store group-commits concurrent appends. */
  readonly concurrency?: number;
  /** Identifies the run in every event's correlation id. */
  readonly correlationId?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

interface PlannedRow {
  readonly row: number;
  readonly command: ImportEmployee;
  readonly commandId: string;
  readonly status: ImportRowStatus;
  readonly problems: RuleProblem[];
  readonly post: PostReading | null;
}

// Measured (npm run bench -- import): 64 in flight reached ~190 rows/s, 256 ~410: each row waits on two group commits (its NIP claim, then its record).
const DEFAULT_CONCURRENCY = 256;

/**
 * Bulk import of existing staff (issue 8 item 4): each row becomes one ImportEmployee on the one
 * command path, under a command id derived from the NIP and the row's content, into the record whose
 * id derives from the NIP — so a re-run is answered as a duplicate and a changed row for a NIP
 * already imported is refused (EMPLOYEE_ALREADY_REGISTERED; use the corrections). The plan (the dry
 * run) applies every rule the write will apply — access, the organisation tree, free seats counted
 * across the file, the employee decider, the NIP claim — and names them all per row; the import
 * writes only the rows the plan accepts, and the command path checks them again as it writes.
 */
@Injectable()
export class EmployeeImport {
  private readonly claims: Claims;

  constructor(
    private readonly executor: CommandExecutor,
    private readonly placements: PlacementCheck,
    private readonly directory: OrganisationDirectory,
    private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.claims = new Claims(store, 1);
  }

  async run(rows: readonly RawRow[], actor: Actor, options: ImportOptions): Promise<ImportReport> {
    const started = performance.now();
    const at = this.clock.now().toISOString();
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    const total = options.dryRun ? rows.length : rows.length * 2;
    let done = 0;
    const tick = () => options.onProgress?.(++done, total);
    // The plan reads each post once, before anything is written: the seats it promises across the
    // file are counted against the holders as they stood then.
    const posts = memo((key: string) => this.placements.read(...(key.split('\u0000') as [string, string])));
    const pastPosts = memo((key: string) => this.pastPostProblems(...(key.split('\u0000') as [string, string])));
    const checked = await inParallel(rows, concurrency, async (raw, i) => {
      const planned = await this.check(raw, i + 1, actor, at, options.instansiId, posts, pastPosts);
      tick();
      return planned;
    });
    const planned = acrossTheFile(checked);
    let position: Position = 0;
    const outcomes = await inParallel(planned, options.dryRun ? Number.MAX_SAFE_INTEGER : concurrency, async (row) => {
      if (options.dryRun) return outcomeOf(row, row.status);
      if (row.status !== ImportRowStatus.WOULD_IMPORT) {
        tick();
        return outcomeOf(row, row.status);
      }
      const written = await this.write(row, actor, at, options.correlationId);
      tick();
      if (written.position > position) position = written.position;
      return outcomeOf(row, written.status, written.problems);
    });
    return report(options.dryRun, outcomes, position, performance.now() - started);
  }

  /** Every rule that does not depend on the other rows of the file. */
  private async check(raw: RawRow, row: number, actor: Actor, at: string, instansiId: string | undefined, posts: Memo<PostReading>, pastPosts: Memo<RuleProblem[]>): Promise<PlannedRow> {
    const mapped = mapRow(raw);
    const { fields } = mapped;
    const employeeId = deriveId('employee-import', fields.identifier);
    const command: ImportEmployee = { type: 'ImportEmployee', registration: registerCommand(fields, employeeId, at), history: mapped.history };
    const commandId = deriveId('import-employee', fields.identifier, createHash('sha256').update(canonicalJson(raw)).digest('hex'));
    const streamId = employeeStreamId(employeeId);
    // A row outside the caller's instansi is refused for that alone: nothing else about it (already
    // imported, NIP held) is told to someone who may not see the record.
    const forbidden = accessProblems(actor, fields.unitId, instansiId);
    if (forbidden.length > 0) return { row, command, commandId, status: ImportRowStatus.REFUSED, problems: forbidden, post: null };
    const [events, post, pastPostsFound, claimed] = await Promise.all([
      this.store.readStream(streamId),
      posts(`${fields.unitId}\u0000${fields.positionId}`),
      Promise.all(
        mapped.history.positions.map(async (p, i) => (await pastPosts(`${p.unitId}\u0000${p.positionId}`)).map((found) => problem(found.rule, `rwJabatan entri ${i + 1}: ${found.message}`))),
      ),
      this.identifierProblems(fields.identifier, fields.employmentType, streamId),
    ]);
    if (events.some((event) => event.commandId === commandId)) return { row, command, commandId, status: ImportRowStatus.ALREADY_IMPORTED, problems: [], post: null };
    const problems: RuleProblem[] = [
      ...mapped.problems,
      ...post.problems,
      ...pastPostsFound.flat(),
      ...decisionProblems(command, events.map((e) => eventRegistry.upcast(e) as unknown as EmployeeEvent)),
      ...claimed,
    ];
    return { row, command, commandId, status: problems.length ? ImportRowStatus.REFUSED : ImportRowStatus.WOULD_IMPORT, problems, post };
  }

  /** A past post must be in the tree (abolished or dissolved since is fine) and in the unit named. */
  private async pastPostProblems(unitId: string, positionId: string): Promise<RuleProblem[]> {
    const [unit, found] = await Promise.all([this.directory.unit(unitId), this.directory.position(positionId)]);
    if (!unit) return [problem(OrgPlacementRule.UNIT_NOT_FOUND, `unit kerja ${unitId} tidak ada`)];
    if (!found) return [problem(OrgPlacementRule.POSITION_NOT_FOUND, `jabatan ${positionId} tidak ada`)];
    if (found.unit._id !== unitId) return [problem(OrgPlacementRule.POSITION_NOT_IN_UNIT, `jabatan ${positionId} milik unit ${found.unit._id}, bukan ${unitId}`)];
    return [];
  }

  /** Another employee's written claim on the NIP / NI PPPK refuses the row, as it would refuse the write. */
  private async identifierProblems(identifier: string, employmentType: string, streamId: string): Promise<RuleProblem[]> {
    if (!/^\d{18}$/.test(identifier)) return [];
    const claim = identifierClaim(identifier, identifierTypeOf(employmentType as EmploymentType));
    const { holder, written } = await this.claims.status(claim.streamId);
    return holder && written && holder.owner.streamId !== streamId ? violationsOf(claim.refusal()) : [];
  }

  private async write(row: PlannedRow, actor: Actor, at: string, correlationId?: string): Promise<{ status: ImportRowStatus; problems: RuleProblem[]; position: Position }> {
    const { registration } = row.command;
    const context: CommandContext = { commandId: row.commandId, actor, correlationId: correlationId ?? row.commandId, causationId: row.commandId, occurredAt: at, reason: 'Impor data pegawai' };
    try {
      const result = await this.executor.execute(employeeDecider, employeeStreamId(registration.employeeId), row.command, context, {
        claims: [identifierClaim(registration.identifier, identifierTypeOf(registration.employmentType))],
        authorize: async (_state, who) => {
          assertManagesEmployeesOf(who, instansiIdOf(registration.unitId));
          await this.placements.assert(registration.unitId, registration.positionId);
        },
      });
      return { status: result.duplicate ? ImportRowStatus.ALREADY_IMPORTED : ImportRowStatus.IMPORTED, problems: [], position: result.position };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { status: ImportRowStatus.REFUSED, problems: violationsOf(error), position: 0 };
    }
  }
}

/** The rules across rows: one NIP per file, and no more holders per post than its free seats. */
function acrossTheFile(rows: readonly PlannedRow[]): PlannedRow[] {
  const firstRowOf = new Map<string, number>();
  const promised = new Map<string, number>();
  return rows.map((row) => {
    const { identifier, positionId } = row.command.registration;
    const problems = [...row.problems];
    const first = firstRowOf.get(identifier);
    if (first === undefined) firstRowOf.set(identifier, row.row);
    else problems.push(problem(ImportRule.IDENTIFIER_REPEATED_IN_FILE, `NIP / NI PPPK ${identifier} sudah ada di baris ${first} berkas ini`));
    if (row.post && row.status !== ImportRowStatus.ALREADY_IMPORTED) {
      const seats = seatProblems(positionId, row.post, promised.get(positionId) ?? 0);
      problems.push(...seats);
      if (problems.length === 0) promised.set(positionId, (promised.get(positionId) ?? 0) + 1);
    }
    const status = problems.length > 0 ? ImportRowStatus.REFUSED : row.status;
    return { ...row, problems, status };
  });
}

function accessProblems(actor: Actor, unitId: string, instansiId?: string): RuleProblem[] {
  const rowInstansi = instansiIdOf(unitId);
  return [
    ...(instansiId && rowInstansi !== instansiId ? [problem(ImportRule.OUTSIDE_INSTANSI, `Unit ${unitId} bukan bagian dari instansi ${instansiId} yang diimpor`)] : []),
    ...(INSTANSI_ADMIN.manages(actor, rowInstansi) ? [] : [problem('FORBIDDEN', `Mengubah data pegawai ${rowInstansi} tidak termasuk wewenang Anda`)]),
  ];
}

/** The employee decider on the record as it stands (normally none): every problem it names. */
function decisionProblems(command: ImportEmployee, history: readonly EmployeeEvent[]): RuleProblem[] {
  try {
    employeeDecider.decide(command, fold(employeeDecider, history));
    return [];
  } catch (error) {
    if (error instanceof DomainRuleViolation) return [...error.violations];
    throw error;
  }
}

function violationsOf(error: AppError): RuleProblem[] {
  return error instanceof DomainRuleViolation ? [...error.violations] : [problem(error.code, error.message)];
}

function outcomeOf(row: PlannedRow, status: ImportRowStatus, problems: readonly RuleProblem[] = row.problems): ImportRowOutcome {
  const { identifier, employeeId } = row.command.registration;
  return { row: row.row, identifier, employeeId, status, problems };
}

function report(dryRun: boolean, outcomes: readonly ImportRowOutcome[], position: Position, elapsedMs: number): ImportReport {
  const count = (status: ImportRowStatus) => outcomes.filter((o) => o.status === status).length;
  const byRule = new Map<string, number>();
  for (const outcome of outcomes) for (const rule of new Set(outcome.problems.map((p) => p.rule))) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  return {
    dryRun,
    rowsRead: outcomes.length,
    imported: count(ImportRowStatus.IMPORTED),
    wouldImport: count(ImportRowStatus.WOULD_IMPORT),
    alreadyImported: count(ImportRowStatus.ALREADY_IMPORTED),
    refused: count(ImportRowStatus.REFUSED),
    refusedByRule: [...byRule].map(([rule, rows]) => ({ rule, rows })).sort((a, b) => b.rows - a.rows || a.rule.localeCompare(b.rule)),
    outcomes,
    position,
    elapsedMs: Math.round(elapsedMs),
  };
}

type Memo<T> = (key: string) => Promise<T>;

/** One lookup per key for the run (the promise is shared, so concurrent rows read once). */
function memo<T>(read: (key: string) => Promise<T>): Memo<T> {
  const known = new Map<string, Promise<T>>();
  return (key) => {
    let found = known.get(key);
    if (!found) known.set(key, (found = read(key)));
    return found;
  };
}

/** `work` over `items` with at most `limit` in flight, results in input order. */
async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
