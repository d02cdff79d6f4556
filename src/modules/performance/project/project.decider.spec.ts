import { deciderSpec } from '@kernel/testing/decider-spec';
import { AddProjectMember, DefineProjectOutput, FormProject, projectDecider, RateProjectMember, ReachProjectMilestone } from './project.decider';
import { ProjectEvent } from './project.events';

const AT = '2026-03-02T03:00:00.000Z';
const spec = deciderSpec(projectDecider);
const active = (unitId: string) => ({ active: true, instansiId: 'kota-medan', unitId });

const form: FormProject = {
  type: 'FormProject',
  projectId: 'p-1',
  instansiId: 'kota-medan',
  unitId: 'kota-medan.dinkes',
  name: 'Percepatan penurunan stunting',
  description: 'Tim lintas bidang Dinas Kesehatan',
  year: 2026,
  leadEmployeeId: 'emp-lead',
  lead: active('kota-medan.kesmas'),
  by: 'bkd-medan',
  at: AT,
};
const formed: ProjectEvent = {
  type: 'performance.ProjectFormed',
  data: { projectId: 'p-1', instansiId: 'kota-medan', unitId: 'kota-medan.dinkes', name: form.name, description: form.description, year: 2026, leadEmployeeId: 'emp-lead', formedBy: 'bkd-medan', formedAt: AT },
};
const add: AddProjectMember = {
  type: 'AddProjectMember',
  employeeId: 'emp-ani',
  member: active('kota-medan.p2p'),
  skp: { skpId: 'emp-ani.2026', approved: true, rhkIds: ['r1', 'r2'] },
  rhkId: 'r2',
  peran: 'Analis data surveilans',
  by: 'emp-lead',
  at: AT,
};
const added: ProjectEvent = {
  type: 'performance.ProjectMemberAdded',
  data: { projectId: 'p-1', employeeId: 'emp-ani', unitId: 'kota-medan.p2p', skpId: 'emp-ani.2026', rhkId: 'r2', peran: 'Analis data surveilans', addedBy: 'emp-lead', addedAt: AT },
};
const output: DefineProjectOutput = {
  type: 'DefineProjectOutput',
  outputId: 'o1',
  title: 'Peta balita berisiko',
  target: '21 kecamatan',
  milestones: [
    { milestoneId: 'm1', title: 'Data posyandu terkumpul', dueDate: '2026-03-31' },
    { milestoneId: 'm2', title: 'Peta terbit', dueDate: '2026-06-30' },
  ],
  by: 'emp-lead',
  at: AT,
};
const defined: ProjectEvent = { type: 'performance.ProjectOutputDefined', data: { projectId: 'p-1', outputId: 'o1', title: output.title, target: output.target, milestones: [...output.milestones], definedBy: 'emp-lead', definedAt: AT } };
const HASH = 'a'.repeat(64);
const reach: ReachProjectMilestone = { type: 'ReachProjectMilestone', outputId: 'o1', milestoneId: 'm1', reachedOn: '2026-03-01', note: 'Data 410 posyandu', evidence: [HASH], today: '2026-03-02', by: 'emp-ani', at: AT };
const RATED_AT = '2026-04-06T03:00:00.000Z';
const rate: RateProjectMember = { type: 'RateProjectMember', employeeId: 'emp-ani', period: '2026-Q1', rating: 'DI_ATAS', feedback: 'Data lengkap sebelum tenggat', today: '2026-04-06', by: 'emp-lead', at: RATED_AT };

describe('project decider (tim kerja, project-based appraisal)', () => {
  it('forms a project with an active lead of the instansi', () => {
    spec.given([]).when(form).then([formed]);
    spec.given([formed]).when(form).thenViolates('PERFORMANCE.PROJECT_EXISTS');
    spec.given([]).when({ ...form, name: ' ' }).thenViolates('PERFORMANCE.PROJECT_NAME_REQUIRED');
    spec.given([]).when({ ...form, lead: null }).thenViolates('PERFORMANCE.PROJECT_MEMBER_NOT_ACTIVE');
    spec.given([]).when({ ...form, lead: { ...active('kota-binjai.dinkes'), instansiId: 'kota-binjai' } }).thenViolates('PERFORMANCE.PROJECT_MEMBER_OTHER_INSTANSI');
  });

  it('adds members from other units of the instansi, linked to an RHK of their approved SKP', () => {
    spec.given([formed]).when(add).then([added]);
    spec.given([]).when(add).thenViolates('PERFORMANCE.PROJECT_UNKNOWN');
    spec.given([formed, added]).when(add).thenViolates('PERFORMANCE.PROJECT_MEMBER_EXISTS');
    spec.given([formed]).when({ ...add, member: { ...add.member!, instansiId: 'kota-binjai' } }).thenViolates('PERFORMANCE.PROJECT_MEMBER_OTHER_INSTANSI');
    spec.given([formed]).when({ ...add, member: { ...add.member!, active: false } }).thenViolates('PERFORMANCE.PROJECT_MEMBER_NOT_ACTIVE');
    spec.given([formed]).when({ ...add, employeeId: 'emp-lead' }).thenViolates('PERFORMANCE.PROJECT_LEAD_IS_MEMBER');
    spec.given([formed]).when({ ...add, skp: null }).thenViolates('PERFORMANCE.PROJECT_MEMBER_SKP_NOT_APPROVED');
    spec.given([formed]).when({ ...add, skp: { ...add.skp!, approved: false } }).thenViolates('PERFORMANCE.PROJECT_MEMBER_SKP_NOT_APPROVED');
    spec.given([formed]).when({ ...add, rhkId: 'r9' }).thenViolates('PERFORMANCE.PROJECT_MEMBER_RHK_UNKNOWN');
    spec.given([formed]).when({ ...add, peran: '' }).thenViolates('PERFORMANCE.TEXT_REQUIRED');
  });

  it('defines outputs with milestones within the year', () => {
    spec.given([formed]).when(output).then([defined]);
    spec.given([formed, defined]).when(output).thenViolates('PERFORMANCE.PROJECT_OUTPUT_EXISTS');
    spec.given([formed]).when({ ...output, milestones: [] }).thenViolates('PERFORMANCE.PROJECT_MILESTONES_REQUIRED');
    spec.given([formed]).when({ ...output, milestones: [output.milestones[0], output.milestones[0]] }).thenViolates('PERFORMANCE.PROJECT_MILESTONE_ID_DUPLICATE');
    spec.given([formed]).when({ ...output, milestones: [{ ...output.milestones[0], dueDate: '2027-01-15' }] }).thenViolates('PERFORMANCE.PROJECT_MILESTONE_OUTSIDE_YEAR');
  });

  it('reports a milestone reached once, with evidence, not in the future', () => {
    const reached: ProjectEvent = {
      type: 'performance.ProjectMilestoneReached',
      data: { projectId: 'p-1', outputId: 'o1', milestoneId: 'm1', reachedOn: '2026-03-01', note: 'Data 410 posyandu', evidence: [HASH], reportedBy: 'emp-ani', reportedAt: AT },
    };
    spec.given([formed, defined]).when(reach).then([reached]);
    spec.given([formed, defined, reached]).when(reach).thenViolates('PERFORMANCE.PROJECT_MILESTONE_ALREADY_REACHED');
    spec.given([formed, defined]).when({ ...reach, outputId: 'o9' }).thenViolates('PERFORMANCE.PROJECT_OUTPUT_UNKNOWN');
    spec.given([formed, defined]).when({ ...reach, milestoneId: 'm9' }).thenViolates('PERFORMANCE.PROJECT_MILESTONE_UNKNOWN');
    spec.given([formed, defined]).when({ ...reach, reachedOn: '2026-03-03' }).thenViolates('PERFORMANCE.PROJECT_MILESTONE_IN_FUTURE');
    spec.given([formed, defined]).when({ ...reach, reachedOn: '2025-12-30' }).thenViolates('PERFORMANCE.PROJECT_MILESTONE_OUTSIDE_YEAR');
  });

  it("rates a member for a period of the project year, with feedback, on the member's linked RHK", () => {
    spec.given([formed, added]).when(rate).then([
      { type: 'performance.ProjectMemberRated', data: { projectId: 'p-1', employeeId: 'emp-ani', skpId: 'emp-ani.2026', rhkId: 'r2', period: '2026-Q1', rating: 'DI_ATAS', feedback: rate.feedback, ratedBy: 'emp-lead', ratedAt: RATED_AT } },
    ]);
    spec.given([formed]).when(rate).thenViolates('PERFORMANCE.PROJECT_MEMBER_UNKNOWN');
    spec.given([formed, added]).when({ ...rate, period: '2025-Q4' }).thenViolates('PERFORMANCE.PERIOD_INVALID');
    spec.given([formed, added]).when({ ...rate, feedback: ' ' }).thenViolates('PERFORMANCE.PROJECT_FEEDBACK_REQUIRED');
    // A period is rated from its last day on: Q1 on 31 March, not the day before.
    spec.given([formed, added]).when({ ...rate, today: '2026-03-30' }).thenViolates('PERFORMANCE.PERIOD_NOT_ENDED');
    expect(spec.given([formed, added]).when({ ...rate, today: '2026-03-31' }).events()).toHaveLength(1);
  });
});
