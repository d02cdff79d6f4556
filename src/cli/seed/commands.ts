import { ICommand } from '@nestjs/cqrs';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { CommandContext } from '@kernel/command-handling';
import { LegalBasis } from '@modules/personnel/employee/domain';
import { EndActingAssignmentCommand } from '@modules/personnel/employee/end-acting-assignment/end-acting-assignment.command';
import { EndActingAssignmentInput } from '@modules/personnel/employee/end-acting-assignment/end-acting-assignment.input';
import { PromoteEmployeeCommand } from '@modules/personnel/employee/promote-employee/promote-employee.command';
import { PromoteEmployeeInput } from '@modules/personnel/employee/promote-employee/promote-employee.input';
import { RecordDisciplinaryActionCommand } from '@modules/personnel/employee/record-disciplinary-action/record-disciplinary-action.command';
import { RecordDisciplinaryActionInput } from '@modules/personnel/employee/record-disciplinary-action/record-disciplinary-action.input';
import { RegisterEmployeeCommand } from '@modules/personnel/employee/register-employee/register-employee.command';
import { RegisterEmployeeInput } from '@modules/personnel/employee/register-employee/register-employee.input';
import { LegalBasisInput } from '@modules/personnel/employee/shared/employee.input-fields';
import { StartActingAssignmentCommand } from '@modules/personnel/employee/start-acting-assignment/start-acting-assignment.command';
import { StartActingAssignmentInput } from '@modules/personnel/employee/start-acting-assignment/start-acting-assignment.input';
import { TransferEmployeeCommand } from '@modules/personnel/employee/transfer-employee/transfer-employee.command';
import { TransferEmployeeInput } from '@modules/personnel/employee/transfer-employee/transfer-employee.input';
import { OrganisationRule } from '@modules/organisation';
import { CreateOrgUnitCommand } from '@modules/organisation/create-org-unit/create-org-unit.command';
import { CreateOrgUnitInput } from '@modules/organisation/create-org-unit/create-org-unit.input';
import { CreatePositionCommand } from '@modules/organisation/create-position/create-position.command';
import { CreatePositionInput } from '@modules/organisation/create-position/create-position.input';
import { capacityOf } from '@modules/organisation';
import { RegisterInstansiCommand } from '@modules/organisation/register-instansi/register-instansi.command';
import { RegisterInstansiInput } from '@modules/organisation/register-instansi/register-instansi.input';
import { AddFormasiCommand } from '@modules/personnel/recruitment/add-formasi/add-formasi.command';
import { AddFormasiInput } from '@modules/personnel/recruitment/add-formasi/add-formasi.input';
import { AnnounceResultsCommand } from '@modules/personnel/recruitment/announce-results/announce-results.command';
import { AnnounceResultsInput } from '@modules/personnel/recruitment/announce-results/announce-results.input';
import { AppointApplicantCommand } from '@modules/personnel/recruitment/appoint-applicant/appoint-applicant.command';
import { AppointApplicantInput } from '@modules/personnel/recruitment/appoint-applicant/appoint-applicant.input';
import { AppointPanelMemberCommand } from '@modules/personnel/recruitment/appoint-panel-member/appoint-panel-member.command';
import { AppointPanelMemberInput } from '@modules/personnel/recruitment/appoint-panel-member/appoint-panel-member.input';
import { CloseRegistrationCommand } from '@modules/personnel/recruitment/close-registration/close-registration.command';
import { CloseRegistrationInput } from '@modules/personnel/recruitment/close-registration/close-registration.input';
import { DeclareConflictOfInterestCommand } from '@modules/personnel/recruitment/declare-conflict-of-interest/declare-conflict-of-interest.command';
import { DeclareConflictOfInterestInput } from '@modules/personnel/recruitment/declare-conflict-of-interest/declare-conflict-of-interest.input';
import { OpenSelectionRoundCommand } from '@modules/personnel/recruitment/open-selection-round/open-selection-round.command';
import { OpenSelectionRoundInput } from '@modules/personnel/recruitment/open-selection-round/open-selection-round.input';
import { PublishRankingCommand } from '@modules/personnel/recruitment/publish-ranking/publish-ranking.command';
import { PublishRankingInput } from '@modules/personnel/recruitment/publish-ranking/publish-ranking.input';
import { RecordSkdResultCommand } from '@modules/personnel/recruitment/record-skd-result/record-skd-result.command';
import { RecordSkdResultInput } from '@modules/personnel/recruitment/record-skd-result/record-skd-result.input';
import { RegisterApplicantCommand } from '@modules/personnel/recruitment/register-applicant/register-applicant.command';
import { RegisterApplicantInput } from '@modules/personnel/recruitment/register-applicant/register-applicant.input';
import { Actor } from '@kernel/events';
import { SeedPlan } from './generator';
import { trainingPhases } from './training-seed';
import { feedbackPhases } from './feedback-seed';
import { deriveId } from '@kernel/ids';
import { Role } from '@infrastructure/auth/roles';
import { LeaveApprover } from '@modules/leave/record/leave.events';
import {
  CancelLeaveCommand,
  ConsiderLeaveCommand,
  DecideLeaveCommand,
  OpenLeaveRecordCommand,
  RecordCutiBersamaWorkCommand,
  RequestLeaveCommand,
  ReturnFromLeaveCommand,
} from '@modules/leave/graphql/leave.operations';
import {
  CancelLeaveInput,
  ConsiderLeaveInput,
  DecideLeaveInput,
  OpenLeaveRecordInput,
  RecordCutiBersamaWorkInput,
  RequestLeaveInput,
  ReturnFromLeaveInput,
} from '@modules/leave/graphql/leave.inputs';
import { approverUnit, LeaveAction, LeaveStory, planLeave } from './leave-plan';
import { performanceYearsPhases } from './performance-seed';

/**
 * The plan as commands: every command goes through the CommandBus like a mutation would (same
 * handlers, rules, events and audit metadata), with a deterministic idempotency key, so a second
 * run is answered as duplicates and writes nothing.
 */

/** Version of the keys: bump it only for a dataset that must not be mistaken for this one. */
export const KEY_PREFIX = 'seed:v1';
export const SEED_REASON = 'Demo data (npm run seed)';

export interface SeedStep {
  /** Idempotency key (8–128 characters of letters, digits and `. _ : -`). */
  readonly key: string;
  /** The input as a client would send it: plain data, as the bus commands carry it. */
  readonly input: CommandInput;
  /** The GraphQL input type a client's request is validated against (the seed's tests validate `input` with it). */
  readonly inputType: InputClass<CommandInput>;
  /** The reason recorded with the events. */
  readonly reason: string;
  /** The bus command; `input` is the completed input when the step has `complete`. */
  readonly command: (context: CommandContext, input?: CommandInput) => ICommand;
  /** The instant the step happened (a year of feedback): the seed's clock reads it while the step runs. */
  readonly at?: string;
  /**
   * Fills in, at run time, what the plan cannot know (it needs the deployment's keys): an anonymous
   * caller's proof of work, a report's tracking id. The plan's `input` holds the rest.
   */
  readonly complete?: (env: SeedEnvironment) => Promise<CommandInput>;
  /**
   * Refusals meaning "this already exists" (created outside the seed, under another key): counted as
   * already present, and the chain goes on. Only for creations later steps do not depend on the details of.
   */
  readonly existsRules?: readonly string[];
  /** Who sends it, when not the seed's ADMIN_BKD actor (training runs as TRAINING_ADMIN, a mentor as themselves). */
  readonly actor?: Actor;
  /** Refusals the plan means to show (e.g. a plan item beyond the envelope): counted apart, the chain goes on. */
  readonly expectedRules?: readonly string[];
}

/** What a step may need from the running application (see SeedStep.complete). */
export interface SeedEnvironment {
  /**
   * A solved ALTCHA challenge of this server, deterministic for the key and valid at `at`, and the id
   * of the command that spends it (what the ids the handler derives, e.g. a report's, come from).
   */
  proofOfWork(key: string, at: string): Promise<{ readonly solution: string; readonly commandId: string }>;
  /** The tracking id the server gives the report submitted with this command id. */
  trackingIdOf(commandId: string): string;
}

/** Steps that must run one after the other: one stream (an instansi tree, a round) or one employee. */
export type SeedChain = readonly SeedStep[];

export interface SeedPhase {
  readonly name: string;
  /** Independent chains: run concurrently. */
  readonly chains: readonly SeedChain[];
  /**
   * The phase's handlers read read models (placement checks read the organisation tree, a promotion
   * resolves the superior's golongan from position holders and employees): wait for the projections
   * to catch up with everything written before it starts.
   */
  readonly afterReadModels: boolean;
  /**
   * Once the phase is done and the read models caught up, the deadline scheduler is polled as of this
   * instant (the seed's clock): the SLA and closure deadlines due by then fire, at that instant.
   */
  readonly fireDeadlinesAt?: string;
}

type InputClass<T> = new () => T;

/** A client's input as plain fields, with the GraphQL input type it is validated against. */
interface ClientInput<T> {
  readonly type: InputClass<T>;
  readonly fields: Omit<T, 'idempotencyKey' | 'reason'>;
}

function input<T extends object>(type: InputClass<T>, fields: Omit<T, 'idempotencyKey' | 'reason'>): ClientInput<T> {
  return { type, fields };
}

function legalBasis(basis: LegalBasis): LegalBasisInput {
  return { skNumber: basis.skNumber, skDate: basis.skDate };
}

/** The idempotency key and reason travel in the input too, as a client sends them (some handlers read `input.reason`). */
function step<T extends CommandInput>(key: string, value: ClientInput<T>, make: (input: T, context: CommandContext) => ICommand, reason = SEED_REASON): SeedStep {
  const full = `${KEY_PREFIX}:${key}`;
  const fields = { ...value.fields, idempotencyKey: full, reason } as T;
  return { key: full, input: fields, inputType: value.type as InputClass<CommandInput>, reason, command: (context) => make(fields, context) };
}

/** A step for the training phases: its input type, fields, bus command and, optionally, actor and planned refusal. */
function trainingStep(key: string, type: new () => object, fields: object, make: (input: any, context: CommandContext) => ICommand, options: { actor?: Actor; expectedRules?: readonly string[] } = {}): SeedStep {
  return { ...step(key, { type: type as InputClass<CommandInput>, fields: fields as CommandInput }, make), ...options };
}

/** A step for the performance phases: like trainingStep, with the reason recorded where the command requires one. */
function performanceStep(key: string, type: new () => object, fields: object, make: (input: any, context: CommandContext) => ICommand, options: { actor?: Actor; expectedRules?: readonly string[]; reason?: string } = {}): SeedStep {
  const { reason, ...rest } = options;
  return { ...step(key, { type: type as InputClass<CommandInput>, fields: fields as CommandInput }, make, reason), ...rest };
}

function orElseExists(s: SeedStep, rule: string): SeedStep {
  return { ...s, existsRules: [rule] };
}

export function seedPhases(plan: SeedPlan): SeedPhase[] {
  return [
    { name: 'organisation', chains: organisationChains(plan), afterReadModels: false },
    { name: 'employees', chains: plan.employees.map((e) => [registerEmployee(e)]), afterReadModels: true },
    { name: 'careers', chains: careerChains(plan), afterReadModels: true },
    { name: 'recruitment', chains: [recruitmentChain(plan)], afterReadModels: false },
    ...trainingPhases(plan, trainingStep, KEY_PREFIX).phases,
    // Routing reads the tree and position holders, and who is on leave: after the careers.
    { name: 'leave', chains: planLeave(plan).map(leaveChain), afterReadModels: true },
    // The closed year (2025, every step at its instant) alongside the running one (2026).
    ...performanceYearsPhases(plan, performanceStep),
    // A year of citizen feedback, month by month, with the SLA deadlines polled at each month's end.
    ...feedbackPhases(plan, trainingStep, KEY_PREFIX).phases,
  ];
}

/** One chain per instansi: its whole tree is one stream, so its commands go one by one. */
/**
 * The formation a functional or pelaksana post gets: everyone the plan places there (registered or
 * transferred in), the seats the recruitment round offers, and two vacant seats; structural posts take 1.
 */
function formationOf(plan: SeedPlan): (positionId: string) => number {
  const seats = new Map<string, number>();
  const add = (positionId: string, n = 1) => seats.set(positionId, (seats.get(positionId) ?? 0) + n);
  for (const e of plan.employees) add(e.positionId);
  for (const t of plan.transfers) add(t.toPositionId);
  for (const f of plan.recruitment.formasi) add(f.positionId, f.quota);
  return (positionId) => (seats.get(positionId) ?? 0) + 2;
}

function organisationChains(plan: SeedPlan): SeedChain[] {
  const formation = formationOf(plan);
  return plan.instansi.map((i) => {
    const steps: SeedStep[] = [
      orElseExists(
        step(`instansi:${i.instansiId}`, input(RegisterInstansiInput, { instansiId: i.instansiId, name: i.name, kind: i.kind, kepalaDaerahTitle: i.kepalaDaerahTitle }), (x, c) => new RegisterInstansiCommand(x, c)),
        OrganisationRule.INSTANSI_ALREADY_REGISTERED,
      ),
    ];
    for (const u of plan.units.filter((unit) => unit.instansiId === i.instansiId)) {
      steps.push(
        orElseExists(
          step(
            `unit:${u.unitId}`,
            input(CreateOrgUnitInput, { instansiId: u.instansiId, parentUnitId: u.parentUnitId, code: u.code, name: u.name, kind: u.kind }),
            (x, c) => new CreateOrgUnitCommand(x, c),
          ),
          OrganisationRule.UNIT_CODE_TAKEN,
        ),
      );
      for (const p of plan.positions.filter((position) => position.unitId === u.unitId)) {
        steps.push(
          orElseExists(
            step(
              `position:${p.positionId}`,
              input(CreatePositionInput, { unitId: p.unitId, code: p.code, name: p.name, jenisJabatan: p.jenisJabatan, isUnitHead: p.isUnitHead, kelasJabatan: p.kelasJabatan, capacity: capacityOf({ ...p, capacity: formation(p.positionId) }) }),
              (x, c) => new CreatePositionCommand(x, c),
            ),
            OrganisationRule.POSITION_CODE_TAKEN,
          ),
        );
      }
    }
    return steps;
  });
}

function registerEmployee(e: SeedPlan['employees'][number]): SeedStep {
  const { employeeId, employmentType, identifier, name, birthDate, sex, tmt, golongan, golonganTmt, education, unitId, positionId, positionTmt } = e;
  return step(
    `employee:${identifier}`,
    // The TMT jabatan (before 2025): the post is held from it, so the 2025 appraisers resolve.
    input(RegisterEmployeeInput, { employeeId, employmentType, identifier, name, birthDate, sex, tmt, golongan, golonganTmt, education, unitId, positionId, positionTmt }),
    (x, c) => new RegisterEmployeeCommand(x, c),
  );
}

/** One chain per employee with a career event; different employees run concurrently. */
function careerChains(plan: SeedPlan): SeedChain[] {
  const chains = new Map<string, SeedStep[]>();
  const add = (employeeId: string, s: SeedStep) => chains.set(employeeId, [...(chains.get(employeeId) ?? []), s]);
  for (const a of plan.acting) {
    add(
      a.employeeId,
      step(
        `acting:${a.assignmentId}`,
        input(StartActingAssignmentInput, {
          employeeId: a.employeeId,
          assignmentId: a.assignmentId,
          kind: a.kind,
          unitId: a.unitId,
          positionId: a.positionId,
          from: a.from,
          until: a.until,
          legalBasis: legalBasis(a.legalBasis),
        }),
        (x, c) => new StartActingAssignmentCommand(x, c),
      ),
    );
    if (a.end) {
      add(
        a.employeeId,
        step(
          `acting-end:${a.assignmentId}`,
          input(EndActingAssignmentInput, { employeeId: a.employeeId, assignmentId: a.assignmentId, endedOn: a.end.endedOn }),
          (x, c) => new EndActingAssignmentCommand(x, c),
          a.end.reason,
        ),
      );
    }
  }
  for (const d of plan.disciplinary) {
    add(
      d.employeeId,
      step(
        `hukdis:${d.hukdisId}`,
        input(RecordDisciplinaryActionInput, {
          employeeId: d.employeeId,
          hukdisId: d.hukdisId,
          hukdisType: d.hukdisType,
          decidedAt: d.decidedAt,
          effectiveFrom: d.effectiveFrom,
          legalBasis: legalBasis(d.legalBasis),
          description: d.description,
        }),
        (x, c) => new RecordDisciplinaryActionCommand(x, c),
      ),
    );
  }
  for (const t of plan.transfers) {
    add(
      t.employeeId,
      step(
        `transfer:${t.identifier}:${t.effectiveDate}`,
        input(TransferEmployeeInput, { employeeId: t.employeeId, toUnitId: t.toUnitId, toPositionId: t.toPositionId, effectiveDate: t.effectiveDate, legalBasis: legalBasis(t.legalBasis) }),
        (x, c) => new TransferEmployeeCommand(x, c),
      ),
    );
  }
  for (const p of plan.promotions) {
    add(
      p.employeeId,
      step(
        `promotion:${p.identifier}:${p.toGolongan}`,
        input(PromoteEmployeeInput, {
          employeeId: p.employeeId,
          toGolongan: p.toGolongan,
          tmt: p.tmt,
          // Years before the system: a recorded input with the SKP document that proves it.
          predikat: p.predikat.map((y) => ({ year: y.year, predikat: y.predikat, legalBasis: legalBasis({ skNumber: `800/SKP/${y.year}/${p.identifier.slice(-4)}`, skDate: `${y.year + 1}-01-10` }) })),
          // Left to the system: the pejabat penilai's golongan, resolved from the tree and its holders.
          superiorGolongan: null,
          jf: { ...p.jf },
          legalBasis: legalBasis(p.legalBasis),
        }),
        (x, c) => new PromoteEmployeeCommand(x, c),
      ),
    );
  }
  return [...chains.values()];
}

/** The round is one stream: every command in order, from opening to appointment. */
function recruitmentChain(plan: SeedPlan): SeedChain {
  const r = plan.recruitment;
  const roundId = r.roundId;
  const k = (what: string) => `round:${roundId}:${what}`;
  const steps: SeedStep[] = [
    step(k('open'), input(OpenSelectionRoundInput, { roundId, instansiId: r.instansiId, year: r.year, name: r.name, skdReferenceId: r.skdReferenceId }), (x, c) => new OpenSelectionRoundCommand(x, c)),
  ];
  for (const f of r.formasi) {
    steps.push(
      step(
        k(`formasi:${f.formasiId}`),
        input(AddFormasiInput, {
          roundId,
          formasiId: f.formasiId,
          unitId: f.unitId,
          positionId: f.positionId,
          jabatanName: f.jabatanName,
          quota: f.quota,
          educationLevel: f.educationLevel,
          educationMajors: [...f.educationMajors],
        }),
        (x, c) => new AddFormasiCommand(x, c),
      ),
    );
  }
  for (const m of r.panel) {
    steps.push(
      step(k(`panel:${m.memberId}`), input(AppointPanelMemberInput, { roundId, memberId: m.memberId, employeeId: m.employeeId, name: m.name, role: m.role }), (x, c) => new AppointPanelMemberCommand(x, c)),
    );
  }
  for (const a of r.applicants) {
    steps.push(
      step(
        k(`applicant:${a.applicantId}`),
        input(RegisterApplicantInput, {
          roundId,
          applicantId: a.applicantId,
          formasiId: a.formasiId,
          nik: a.nik,
          name: a.name,
          birthDate: a.birthDate,
          educationLevel: a.educationLevel,
          educationMajor: a.educationMajor,
        }),
        (x, c) => new RegisterApplicantCommand(x, c),
      ),
    );
  }
  for (const coi of r.conflicts) {
    steps.push(
      step(
        k(`conflict:${coi.memberId}:${coi.applicantId}`),
        input(DeclareConflictOfInterestInput, { roundId, memberId: coi.memberId, applicantId: coi.applicantId, relation: coi.relation }),
        (x, c) => new DeclareConflictOfInterestCommand(x, c),
      ),
    );
  }
  steps.push(step(k('close-registration'), input(CloseRegistrationInput, { roundId }), (x, c) => new CloseRegistrationCommand(x, c)));
  for (const a of r.applicants) {
    if (!a.scores) continue;
    steps.push(
      step(
        k(`skd:${a.applicantId}`),
        input(RecordSkdResultInput, {
          roundId,
          applicantId: a.applicantId,
          twk: a.scores.TWK,
          tiu: a.scores.TIU,
          tkp: a.scores.TKP,
          source: 'BKN_CAT_IMPORT',
          importBatchId: r.importBatchId,
          recordedByMemberId: a.recordedByMemberId,
        }),
        (x, c) => new RecordSkdResultCommand(x, c),
      ),
    );
  }
  steps.push(step(k('publish-ranking'), input(PublishRankingInput, { roundId }), (x, c) => new PublishRankingCommand(x, c)));
  steps.push(step(k('announce-results'), input(AnnounceResultsInput, { roundId }), (x, c) => new AnnounceResultsCommand(x, c)));
  for (const ap of r.appointments) {
    steps.push(
      step(
        k(`appoint:${ap.applicantId}`),
        input(AppointApplicantInput, { roundId, applicantId: ap.applicantId, nip: ap.nip, tmtCpns: ap.tmtCpns, golongan: ap.golongan }),
        (x, c) => new AppointApplicantCommand(x, c),
      ),
    );
  }
  return steps;
}

/** The seed's own actor id, as the runner sends as: request ids derive from its command ids. */
const SEED_ACTOR_ID = 'seed';

/** The official who gives a leave step, with the grant the API would give them; the PPK's steps are the seed's (ADMIN_BKD). */
function approverActor(by: LeaveApprover): Actor | undefined {
  const unit = approverUnit(by);
  if (by.kepalaDaerah || !by.employeeId || !unit) return undefined;
  return { id: by.employeeId, roles: [{ role: Role.PEJABAT_PENILAI, unit }] };
}

/** One employee's leave story: one stream, so its commands go one by one. */
function leaveChain(story: LeaveStory): SeedChain {
  const { employeeId, identifier } = story;
  const key = (what: string) => `leave:${identifier}:${what}`;
  const requestIds = new Map<string, string>();
  const requestIdOf = (ref: string) => requestIds.get(ref) ?? ref;
  return story.actions.map((action: LeaveAction, index): SeedStep => {
    switch (action.type) {
      case 'open':
        return step(key('open'), input(OpenLeaveRecordInput, { employeeId, firstYear: action.firstYear, priorYears: action.priorYears.map((p) => ({ ...p })) }), (x, c) => new OpenLeaveRecordCommand(x, c));
      case 'request': {
        const s = step(
          key(action.ref),
          input(RequestLeaveInput, {
            employeeId,
            kind: action.kind,
            subKind: action.subKind ?? null,
            startDate: action.startDate,
            endDate: action.endDate,
            evidence: (action.evidence ?? []).map((e) => ({ ...e })),
            childOrder: action.childOrder ?? null,
          }),
          (x, c) => new RequestLeaveCommand(x, c),
          action.reason,
        );
        requestIds.set(action.ref, deriveId('leave.request', deriveId('command', SEED_ACTOR_ID, s.key)));
        return s;
      }
      case 'consider':
        return {
          ...step(
            key(`${action.ref}:consider`),
            input(ConsiderLeaveInput, { employeeId, requestId: requestIdOf(action.ref), verdict: action.verdict, proposedStart: action.from ?? null, proposedEnd: action.to ?? null }),
            (x, c) => new ConsiderLeaveCommand(x, c),
            action.reason ?? SEED_REASON,
          ),
          actor: approverActor(action.by),
        };
      case 'decide':
        return {
          ...step(
            key(`${action.ref}:decide`),
            input(DecideLeaveInput, { employeeId, requestId: requestIdOf(action.ref), verdict: action.verdict, changedStart: action.from ?? null, changedEnd: action.to ?? null, skNumber: action.sk?.skNumber ?? null, skDate: action.sk?.skDate ?? null }),
            (x, c) => new DecideLeaveCommand(x, c),
            action.reason ?? SEED_REASON,
          ),
          actor: approverActor(action.by),
        };
      case 'cancel':
        return step(key(`${action.ref}:cancel`), input(CancelLeaveInput, { employeeId, requestId: requestIdOf(action.ref) }), (x, c) => new CancelLeaveCommand(x, c), action.reason);
      case 'return':
        return step(key(`${action.ref}:return`), input(ReturnFromLeaveInput, { employeeId, requestId: requestIdOf(action.ref), returnDate: action.returnDate }), (x, c) => new ReturnFromLeaveCommand(x, c));
      case 'cutiBersama':
        return step(key(`cuti-bersama-${action.year}-${index}`), input(RecordCutiBersamaWorkInput, { employeeId, year: action.year, dates: [...action.dates] }), (x, c) => new RecordCutiBersamaWorkCommand(x, c), action.reason);
    }
  });
}
