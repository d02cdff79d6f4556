import { Injectable } from '@nestjs/common';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { AppraiserLookup, AppraiserView, EmployeeDirectory, EmployeeOnDate } from '../../personnel';
import { forbid, isInstansiAdmin, isSelf, mayAppraise as mayAppraiseAs } from '../access/performance-access';
import { PerformanceRule as R } from '../performance.rules';
import { DerivedAppraisers, SuperiorSkp } from '../skp/skp.commands';
import { isSkp, skpDecider, SkpState } from '../skp/skp.decider';
import { AppraiserRef, SkpContent, skpIdOf, SkpPeriod, skpStream } from '../skp/skp.events';
import { clampDate, monthsOf, yearEnd, yearSegmentOf, yearStart } from '../skp/segments';
import { UnitPlanFacts } from '../skp/skp.commands';
import { unitPlanDecider } from '../unit-plan/unit-plan.decider';
import { unitPlanStream } from '../unit-plan/unit-plan.events';

type Existing = Extract<SkpState, { exists: true }>;

/** The SKP date for re-deriving appraisers: today, within the SKP year (a past year's SKP resolves on 31 December). */
export function skpDateFor(year: number, occurredAt: string): string {
  const today = occurredAt.slice(0, 10);
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}

/**
 * Every SKP write, after the resolver validated its input: finds the employee on the SKP date, derives
 * the appraisers from the organisation tree (Plt/Plh aware, through the employee module's position
 * holders), finds the pejabat penilai's own SKP (for the cascade and the approval order), and runs the
 * one command path, authorised on the loaded state.
 */
@Injectable()
export class SkpCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly employees: EmployeeDirectory,
    private readonly appraisers: AppraiserLookup,
    private readonly organisation: OrganisationDirectory,
  ) {}

  /**
   * Drafts (or revises) the segment covering the SKP date (today, clamped into the year and the
   * segment); a first SKP of the year covers the year, or from the appointment TMT when the employee
   * was appointed during it.
   */
  async draft(fields: { employeeId: string; year: number; content: SkpContent }, context: CommandContext): Promise<CommandResult & { skpId: string }> {
    const target = await this.covering(fields.employeeId, fields.year, skpDateFor(fields.year, context.occurredAt));
    const skpDate = target ? clampDate(context.occurredAt.slice(0, 10), target.periodStart, target.periodEnd) : skpDateFor(fields.year, context.occurredAt);
    const employee = await this.employees.onDate(fields.employeeId, skpDate);
    const mayDraft = (actor: Actor) => isSelf(actor, fields.employeeId) || (employee !== null && isInstansiAdmin(actor, employee.instansiId));
    if (!mayDraft(context.actor)) forbid('Menyusun SKP (pegawai yang bersangkutan atau ADMIN_BKD instansinya)');
    if (!employee || employee.status !== 'AKTIF') refuse(R.EMPLOYEE_NOT_ACTIVE, `Pegawai ${fields.employeeId} tidak aktif pada ${skpDate}`);
    const jenisJabatan = (await this.organisation.position(employee.positionId))?.position.jenisJabatan ?? 'PELAKSANA';
    const derived = await this.derive(employee, skpDate);
    // `target` is the segment's state as just loaded (none yet: the year's first SKP).
    const skpId = target?.skpId ?? skpIdOf(fields.employeeId, fields.year);
    // Intervensi name the SKP of the appraiser that counts: an ADMIN_BKD override stays.
    const superior = await this.superiorOf(target ? effective(target, derived) : derived.pejabatPenilai, fields.year, skpDate);
    // The unit and post a revision keeps are the segment's own (a transfer opens a new segment).
    const { instansiId, unitId, positionId } = target ?? employee;
    const result = await this.executor.execute(
      skpDecider,
      skpStream(skpId),
      {
        type: 'DraftSkp',
        skpId,
        employeeId: fields.employeeId,
        instansiId,
        unitId,
        positionId,
        jenisJabatan,
        year: fields.year,
        skpDate,
        period: firstPeriod(fields.year, employee.tmt),
        content: fields.content,
        derived,
        superior,
        unitPlan: await this.unitPlanOf(unitId, fields.year),
        at: context.occurredAt,
      },
      context,
      { authorize: (_state, actor) => void (mayDraft(actor) || forbid('Menyusun SKP')) },
    );
    return { ...result, skpId };
  }

  /** The segments of an employee's year in order: `<employeeId>.<year>` and the ones transfers opened after it. */
  async segmentsOf(employeeId: string, year: number): Promise<Existing[]> {
    const segments: Existing[] = [];
    for (let skpId: string | null = skpIdOf(employeeId, year); skpId !== null && segments.length < 366; ) {
      const state: SkpState = (await this.executor.load(skpDecider, skpStream(skpId))).state;
      if (!isSkp(state) || state.withdrawn) break;
      segments.push(state);
      skpId = state.nextSkpId;
    }
    return segments;
  }

  /** The segment covering `date` (before the first: the first; after the last: the last); null without an SKP. */
  async covering(employeeId: string, year: number, date: string): Promise<Existing | null> {
    const segments = await this.segmentsOf(employeeId, year);
    return segments.filter((s) => s.periodStart <= date).pop() ?? segments[0] ?? null;
  }

  /** The segment whose annual predikat is the employee's predikat of the year (most months; a tie: the later). */
  async yearSegment(employeeId: string, year: number): Promise<Existing | null> {
    return yearSegmentOf(await this.segmentsOf(employeeId, year));
  }

  async submit(skpId: string, context: CommandContext): Promise<CommandResult> {
    const state = await this.existing(skpId, context.actor);
    const mayAct = (actor: Actor, s: Existing) => isSelf(actor, s.employeeId) || isInstansiAdmin(actor, s.instansiId);
    if (!mayAct(context.actor, state)) forbid('Mengajukan SKP');
    const derived = await this.rederive(state, context.occurredAt);
    const superior = await this.superiorOf(effective(state, derived), state.year, segmentDate(state, context.occurredAt));
    const unitPlan = await this.unitPlanOf(state.unitId, state.year);
    return this.executor.execute(skpDecider, skpStream(skpId), { type: 'SubmitSkp', by: context.actor.id, derived, superior, unitPlan, at: context.occurredAt }, context, {
      authorize: (s, actor) => void (isSkp(s) && mayAct(actor, s) ? true : forbid('Mengajukan SKP')),
    });
  }

  /** The pejabat penilai approves; when the kepala daerah appraises (a JPT), ADMIN_BKD records the approval. */
  async approve(skpId: string, context: CommandContext): Promise<CommandResult> {
    const state = await this.existing(skpId, context.actor);
    const derived = await this.rederive(state, context.occurredAt);
    const appraiser = effective(state, derived);
    if (!mayAppraise(context.actor, appraiser, state)) forbid('Menyetujui SKP');
    const superior = await this.superiorOf(appraiser, state.year, segmentDate(state, context.occurredAt));
    return this.executor.execute(skpDecider, skpStream(skpId), { type: 'ApproveSkp', by: context.actor.id, derived, superior, at: context.occurredAt }, context, {
      authorize: (s, actor) => void (isSkp(s) && mayAppraise(actor, effective(s, derived), s) ? true : forbid('Menyetujui SKP')),
    });
  }

  async returnSkp(skpId: string, notes: string, context: CommandContext): Promise<CommandResult> {
    const state = await this.existing(skpId, context.actor);
    const derived = await this.rederive(state, context.occurredAt);
    if (!mayAppraise(context.actor, effective(state, derived), state)) forbid('Mengembalikan SKP');
    return this.executor.execute(skpDecider, skpStream(skpId), { type: 'ReturnSkp', by: context.actor.id, notes, at: context.occurredAt }, context, {
      authorize: (s, actor) => void (isSkp(s) && mayAppraise(actor, effective(s, derived), s) ? true : forbid('Mengembalikan SKP')),
    });
  }

  /** ADMIN_BKD names the pejabat penilai (an employee of the instansi, in the post they hold on the SKP date). */
  async overrideAppraiser(skpId: string, appraiserEmployeeId: string, reason: string, context: CommandContext): Promise<CommandResult> {
    const state = await this.existing(skpId, context.actor);
    if (!isInstansiAdmin(context.actor, state.instansiId)) forbid('Menetapkan pejabat penilai');
    const appraiser = await this.employees.onDate(appraiserEmployeeId, state.skpDate);
    if (!appraiser || appraiser.status !== 'AKTIF' || appraiser.instansiId !== state.instansiId) refuse(R.EMPLOYEE_NOT_ACTIVE, `Pegawai ${appraiserEmployeeId} tidak aktif di ${state.instansiId} pada ${state.skpDate}`);
    const jenisJabatan = (await this.organisation.position(appraiser.positionId))?.position.jenisJabatan ?? null;
    const pejabatPenilai: AppraiserRef = {
      kind: 'UNIT_HEAD',
      employeeId: appraiser.employeeId,
      name: appraiser.name,
      positionId: appraiser.positionId,
      jenisJabatan,
      acting: null,
      title: null,
      substitute: false,
      unresolved: null,
      source: 'OVERRIDE',
    };
    return this.executor.execute(skpDecider, skpStream(skpId), { type: 'OverrideAppraiser', pejabatPenilai, reason, by: context.actor.id, at: context.occurredAt }, context, {
      authorize: (s, actor) => void (isSkp(s) && isInstansiAdmin(actor, s.instansiId) ? true : forbid('Menetapkan pejabat penilai')),
    });
  }

  /** The loaded SKP, or a refusal that tells nobody outside the instansi whether it exists. */
  async existing(skpId: string, actor: Actor): Promise<Existing> {
    const { state } = await this.executor.load(skpDecider, skpStream(skpId));
    if (isSkp(state)) return state;
    if (actor.roles.some((g) => g.unit === '*')) refuse(R.SKP_UNKNOWN, `SKP ${skpId} belum disusun`);
    return forbid('SKP');
  }

  /** The appraisers on the segment's date: today clamped into the segment (a closed segment: its last day). */
  async rederive(state: Existing, occurredAt: string): Promise<DerivedAppraisers> {
    const skpDate = segmentDate(state, occurredAt);
    const employee = await this.employees.onDate(state.employeeId, skpDate);
    return this.derive(employee ?? { employeeId: state.employeeId, positionId: state.positionId }, skpDate);
  }

  async derive(appraisee: Pick<EmployeeOnDate, 'employeeId' | 'positionId'>, onDate: string): Promise<DerivedAppraisers> {
    const view = await this.appraisers.view({ employeeId: appraisee.employeeId, positionId: appraisee.positionId }, onDate);
    return { pejabatPenilai: refOf(view.pejabatPenilai), atasanPejabatPenilai: refOf(view.atasanPejabatPenilai) };
  }

  /** The unit's plan for the year (targets, approved or not); null before the unit head sets one. */
  async unitPlanOf(unitId: string, year: number): Promise<UnitPlanFacts | null> {
    const { state } = await this.executor.load(unitPlanDecider, unitPlanStream(unitId, year));
    return state.targets ? { approved: state.approved, targetIds: state.targets.map((t) => t.targetId) } : null;
  }

  /** The pejabat penilai's own SKP segment covering the date, when the appraiser is a unit head with an SKP. */
  async superiorOf(appraiser: AppraiserRef, year: number, onDate: string): Promise<SuperiorSkp | null> {
    if (appraiser.kind !== 'UNIT_HEAD' || !appraiser.employeeId) return null;
    const state = await this.covering(appraiser.employeeId, year, onDate);
    if (!state) return null;
    return { skpId: state.skpId, rhkIds: state.content.rhk.map((r) => r.rhkId), approved: state.status === 'APPROVED' };
  }
}

/** The date a segment's appraisers are resolved on: today, clamped into the segment. */
export function segmentDate(state: Pick<Existing, 'periodStart' | 'periodEnd'>, occurredAt: string): string {
  return clampDate(occurredAt.slice(0, 10), state.periodStart, state.periodEnd);
}

/** A first SKP's period: the year, or from the appointment TMT when it falls inside the year. */
export function firstPeriod(year: number, tmt: string): SkpPeriod {
  const periodStart = tmt > yearStart(year) && tmt <= yearEnd(year) ? tmt : yearStart(year);
  return { periodStart, periodEnd: yearEnd(year), months: monthsOf(periodStart, yearEnd(year)) };
}

export function refOf(view: AppraiserView): AppraiserRef {
  return {
    kind: view.kind,
    employeeId: view.employeeId,
    name: view.name,
    positionId: view.positionId,
    jenisJabatan: view.jenisJabatan,
    acting: view.acting,
    title: view.title,
    substitute: view.substitute,
    unresolved: view.unresolved,
    source: 'DERIVED',
  };
}

export function effective(state: Existing, derived: DerivedAppraisers): AppraiserRef {
  return state.pejabatPenilai.source === 'OVERRIDE' ? state.pejabatPenilai : derived.pejabatPenilai;
}

function mayAppraise(actor: Actor, appraiser: AppraiserRef, state: Existing): boolean {
  return mayAppraiseAs(actor, appraiser, state.instansiId);
}
