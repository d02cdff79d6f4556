import { assertNever, Decider } from '@kernel/decider';
import { isBlank, problem, refuse, refuseIfAny } from '@kernel/rules';
import { PerformanceRule as R } from '../performance.rules';
import { Rating } from '../predikat/rating';
import { periodEndProblem, periodProblems } from '../skp/periods';
import { ProjectEvent, ProjectFormed, ProjectMilestone } from './project.events';
import { ProjectRule as P } from './project.rules';

type Header = Omit<ProjectFormed['data'], 'formedBy' | 'formedAt'>;

export interface ProjectMember {
  readonly unitId: string;
  readonly skpId: string;
  readonly rhkId: string;
}

export type ProjectState =
  | { readonly exists: false }
  | (Header & {
      readonly exists: true;
      readonly members: Readonly<Record<string, ProjectMember>>;
      /** Per output, its milestones and whether each was reached. */
      readonly outputs: Readonly<Record<string, Readonly<Record<string, { readonly dueDate: string; readonly reached: boolean }>>>>;
    });
type Existing = Extract<ProjectState, { exists: true }>;

export function isProject(state: ProjectState): state is Existing {
  return state.exists;
}

/** What the handler found of an employee (lead or member) on the day. */
export interface MemberFacts {
  readonly active: boolean;
  readonly instansiId: string;
  readonly unitId: string;
}

export interface FormProject extends Header {
  readonly type: 'FormProject';
  /** The lead as found on the day; null when not registered. */
  readonly lead: MemberFacts | null;
  readonly by: string;
  readonly at: string;
}
export interface MemberSkpFacts {
  readonly skpId: string;
  readonly approved: boolean;
  readonly rhkIds: readonly string[];
}

export interface AddProjectMember {
  readonly type: 'AddProjectMember';
  readonly employeeId: string;
  /** Null when the employee is not registered. */
  readonly member: MemberFacts | null;
  /** Null when the employee has no SKP of the project year. */
  readonly skp: MemberSkpFacts | null;
  readonly rhkId: string;
  readonly peran: string;
  readonly by: string;
  readonly at: string;
}

export interface DefineProjectOutput {
  readonly type: 'DefineProjectOutput';
  readonly outputId: string;
  readonly title: string;
  readonly target: string;
  readonly milestones: readonly ProjectMilestone[];
  readonly by: string;
  readonly at: string;
}

export interface ReachProjectMilestone {
  readonly type: 'ReachProjectMilestone';
  readonly outputId: string;
  readonly milestoneId: string;
  readonly reachedOn: string;
  readonly note: string;
  readonly evidence: readonly string[];
  /** Today in WIB: a milestone is reported once reached. */
  readonly today: string;
  readonly by: string;
  readonly at: string;
}

export interface RateProjectMember {
  readonly type: 'RateProjectMember';
  readonly employeeId: string;
  readonly period: string;
  readonly rating: Rating;
  readonly feedback: string;
  /** Jakarta calendar day of the command: a period is rated once it has ended. */
  readonly today: string;
  readonly by: string;
  readonly at: string;
}

export type ProjectCommand = FormProject | AddProjectMember | DefineProjectOutput | ReachProjectMilestone | RateProjectMember;

function evolve(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'performance.ProjectFormed': {
      const { formedBy: _b, formedAt: _a, ...header } = event.data;
      return { ...header, exists: true, members: {}, outputs: {} };
    }
    case 'performance.ProjectMemberAdded': {
      const s = state as Existing;
      const { employeeId, unitId, skpId, rhkId } = event.data;
      return { ...s, members: { ...s.members, [employeeId]: { unitId, skpId, rhkId } } };
    }
    case 'performance.ProjectOutputDefined': {
      const s = state as Existing;
      const milestones = Object.fromEntries(event.data.milestones.map((m) => [m.milestoneId, { dueDate: m.dueDate, reached: false }]));
      return { ...s, outputs: { ...s.outputs, [event.data.outputId]: milestones } };
    }
    case 'performance.ProjectMilestoneReached': {
      const s = state as Existing;
      const { outputId, milestoneId } = event.data;
      const output = s.outputs[outputId];
      return { ...s, outputs: { ...s.outputs, [outputId]: { ...output, [milestoneId]: { ...output[milestoneId], reached: true } } } };
    }
    case 'performance.ProjectMemberRated':
      return state;
    default:
      return assertNever(event);
  }
}

function decide(command: ProjectCommand, state: ProjectState): ProjectEvent[] {
  switch (command.type) {
    case 'FormProject':
      return form(command, state);
    case 'AddProjectMember':
      return addMember(command, existing(state));
    case 'DefineProjectOutput':
      return defineOutput(command, existing(state));
    case 'ReachProjectMilestone':
      return reachMilestone(command, existing(state));
    case 'RateProjectMember':
      return rateMember(command, existing(state));
    default:
      return assertNever(command);
  }
}

function existing(state: ProjectState): Existing {
  if (!isProject(state)) refuse(P.PROJECT_UNKNOWN, 'Proyek belum dibentuk');
  return state;
}

function form(command: FormProject, state: ProjectState): ProjectEvent[] {
  if (isProject(state)) refuse(P.PROJECT_EXISTS, `Proyek ${command.projectId} sudah dibentuk`);
  const { lead } = command;
  refuseIfAny([
    isBlank(command.name) && problem(P.PROJECT_NAME_REQUIRED, 'Nama proyek wajib diisi'),
    isBlank(command.description) && problem(R.TEXT_REQUIRED, 'Uraian proyek wajib diisi'),
    (!lead || !lead.active) && problem(P.PROJECT_MEMBER_NOT_ACTIVE, `Ketua tim ${command.leadEmployeeId} tidak aktif`),
    lead !== null && lead.instansiId !== command.instansiId && problem(P.PROJECT_MEMBER_OTHER_INSTANSI, `Ketua tim berasal dari instansi proyek (${command.instansiId}); pegawai ini dari ${lead.instansiId}`),
  ]);
  const { type: _t, lead: _l, by, at, ...header } = command;
  return [{ type: 'performance.ProjectFormed', data: { ...header, formedBy: by, formedAt: at } }];
}

/**
 * Members come from any unit of the project's instansi (not another instansi: the appraisal chain and
 * the kurva are per instansi). Their project work must serve an RHK of their own approved SKP of the
 * project year: that is where the lead's rating lands. The lead is not a member of their own project
 * (nobody rates themselves; the lead's project work is appraised by their own pejabat penilai).
 */
function addMember(command: AddProjectMember, state: Existing): ProjectEvent[] {
  const { member, skp } = command;
  refuseIfAny([
    (!member || !member.active) && problem(P.PROJECT_MEMBER_NOT_ACTIVE, `Pegawai ${command.employeeId} tidak aktif`),
    member !== null && member.instansiId !== state.instansiId && problem(P.PROJECT_MEMBER_OTHER_INSTANSI, `Anggota proyek berasal dari instansi proyek (${state.instansiId}); pegawai ini dari ${member.instansiId}`),
    command.employeeId === state.leadEmployeeId && problem(P.PROJECT_LEAD_IS_MEMBER, 'Ketua tim tidak menjadi anggota proyeknya sendiri'),
    state.members[command.employeeId] !== undefined && problem(P.PROJECT_MEMBER_EXISTS, `Pegawai ${command.employeeId} sudah menjadi anggota proyek`),
    (!skp || !skp.approved) && problem(P.PROJECT_MEMBER_SKP_NOT_APPROVED, `SKP ${state.year} pegawai ${command.employeeId} belum disetujui`),
    skp !== null && !skp.rhkIds.includes(command.rhkId) && problem(P.PROJECT_MEMBER_RHK_UNKNOWN, `RHK ${command.rhkId} tidak ada di SKP ${skp.skpId}`),
    isBlank(command.peran) && problem(R.TEXT_REQUIRED, 'Peran anggota dalam proyek wajib diisi'),
  ]);
  return [
    {
      type: 'performance.ProjectMemberAdded',
      data: { projectId: state.projectId, employeeId: command.employeeId, unitId: member!.unitId, skpId: skp!.skpId, rhkId: command.rhkId, peran: command.peran, addedBy: command.by, addedAt: command.at },
    },
  ];
}

function defineOutput(command: DefineProjectOutput, state: Existing): ProjectEvent[] {
  const ids = command.milestones.map((m) => m.milestoneId);
  const outside = command.milestones.filter((m) => !m.dueDate.startsWith(`${state.year}-`)).map((m) => m.milestoneId);
  refuseIfAny([
    state.outputs[command.outputId] !== undefined && problem(P.PROJECT_OUTPUT_EXISTS, `Keluaran ${command.outputId} sudah ada`),
    command.milestones.length === 0 && problem(P.PROJECT_MILESTONES_REQUIRED, 'Paling sedikit satu tonggak (milestone) per keluaran'),
    new Set(ids).size !== ids.length && problem(P.PROJECT_MILESTONE_ID_DUPLICATE, 'Kode tonggak ganda'),
    outside.length > 0 && problem(P.PROJECT_MILESTONE_OUTSIDE_YEAR, `Tonggak ${outside.join(', ')} di luar tahun proyek ${state.year}`),
    (isBlank(command.title) || isBlank(command.target) || command.milestones.some((m) => isBlank(m.title))) && problem(R.TEXT_REQUIRED, 'Judul, target dan nama tonggak wajib diisi'),
  ]);
  return [
    {
      type: 'performance.ProjectOutputDefined',
      data: { projectId: state.projectId, outputId: command.outputId, title: command.title, target: command.target, milestones: command.milestones.map((m) => ({ ...m })), definedBy: command.by, definedAt: command.at },
    },
  ];
}

function reachMilestone(command: ReachProjectMilestone, state: Existing): ProjectEvent[] {
  const output = state.outputs[command.outputId];
  if (!output) refuse(P.PROJECT_OUTPUT_UNKNOWN, `Keluaran ${command.outputId} tidak ada di proyek ini`);
  const milestone = output[command.milestoneId];
  if (!milestone) refuse(P.PROJECT_MILESTONE_UNKNOWN, `Tonggak ${command.milestoneId} tidak ada di keluaran ${command.outputId}`);
  refuseIfAny([
    milestone.reached && problem(P.PROJECT_MILESTONE_ALREADY_REACHED, `Tonggak ${command.milestoneId} sudah dilaporkan tercapai`),
    !command.reachedOn.startsWith(`${state.year}-`) && problem(P.PROJECT_MILESTONE_OUTSIDE_YEAR, `Tanggal ${command.reachedOn} di luar tahun proyek ${state.year}`),
    command.reachedOn > command.today && problem(P.PROJECT_MILESTONE_IN_FUTURE, `Tanggal ${command.reachedOn} belum terjadi`),
    isBlank(command.note) && problem(R.TEXT_REQUIRED, 'Keterangan capaian wajib diisi'),
  ]);
  const { outputId, milestoneId, reachedOn, note } = command;
  return [{ type: 'performance.ProjectMilestoneReached', data: { projectId: state.projectId, outputId, milestoneId, reachedOn, note, evidence: [...command.evidence], reportedBy: command.by, reportedAt: command.at } }];
}

/** The lead's rating and feedback of one member for a period of the project year; a later one for the same period supersedes it. */
function rateMember(command: RateProjectMember, state: Existing): ProjectEvent[] {
  const member = state.members[command.employeeId];
  refuseIfAny([
    !member && problem(P.PROJECT_MEMBER_UNKNOWN, `Pegawai ${command.employeeId} bukan anggota proyek ini`),
    ...periodProblems(command.period, state.year),
    periodProblems(command.period, state.year).length === 0 && periodEndProblem(command.period, command.today, 'penilaian anggota proyek'),
    isBlank(command.feedback) && problem(P.PROJECT_FEEDBACK_REQUIRED, 'Umpan balik ketua tim wajib diisi bersama penilaiannya'),
  ]);
  return [
    {
      type: 'performance.ProjectMemberRated',
      data: { projectId: state.projectId, employeeId: command.employeeId, skpId: member.skpId, rhkId: member.rhkId, period: command.period, rating: command.rating, feedback: command.feedback, ratedBy: command.by, ratedAt: command.at },
    },
  ];
}

export const projectDecider: Decider<ProjectCommand, ProjectEvent, ProjectState> = {
  initialState: () => ({ exists: false }),
  evolve,
  decide,
};
