import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { PERFORMANCE_PROJECTS } from './project.schema';
import { projectsProjection } from './projects.projection';

const AT = '2026-03-02T03:00:00.000Z';
const HASH = 'c'.repeat(64);

describe('projects projection', () => {
  it('shows lead, members, outputs and milestones with evidence, and never the ratings', async () => {
    const store = await projectEvents(projectsProjection, [
      recorded('performance.ProjectFormed', { projectId: 'p-1', instansiId: 'kota-medan', unitId: 'kota-medan.dinkes', name: 'Stunting', description: 'Lintas bidang', year: 2026, leadEmployeeId: 'emp-lead', formedBy: 'bkd', formedAt: AT }, { revision: 0 }),
      recorded('performance.ProjectMemberAdded', { projectId: 'p-1', employeeId: 'emp-ani', unitId: 'kota-medan.p2p', skpId: 'emp-ani.2026', rhkId: 'r2', peran: 'Analis', addedBy: 'emp-lead', addedAt: AT }, { revision: 1 }),
      recorded('performance.ProjectOutputDefined', { projectId: 'p-1', outputId: 'o1', title: 'Peta', target: '21 kecamatan', milestones: [{ milestoneId: 'm1', title: 'Data', dueDate: '2026-03-31' }], definedBy: 'emp-lead', definedAt: AT }, { revision: 2 }),
      recorded('performance.ProjectMilestoneReached', { projectId: 'p-1', outputId: 'o1', milestoneId: 'm1', reachedOn: '2026-03-01', note: '410 posyandu', evidence: [HASH], reportedBy: 'emp-ani', reportedAt: AT }, { revision: 3 }),
      recorded('performance.ProjectMemberRated', { projectId: 'p-1', employeeId: 'emp-ani', skpId: 'emp-ani.2026', rhkId: 'r2', period: '2026-Q1', rating: 'DI_ATAS', feedback: 'Rahasia', ratedBy: 'emp-lead', ratedAt: '2026-04-01T00:00:00.000Z' }, { revision: 4 }),
    ]);
    const [project] = await store.collection(PERFORMANCE_PROJECTS).find({});
    expect(project).toMatchObject({
      _id: 'p-1',
      revision: 4,
      participantIds: ['emp-lead', 'emp-ani'],
      members: [{ employeeId: 'emp-ani', unitId: 'kota-medan.p2p', peran: 'Analis', addedAt: AT }],
      outputs: [{ outputId: 'o1', milestones: [{ milestoneId: 'm1', reachedOn: '2026-03-01', note: '410 posyandu', evidence: [HASH], reportedBy: 'emp-ani' }] }],
      evidence: [HASH],
      updatedAt: AT,
    });
    expect(JSON.stringify(project)).not.toContain('Rahasia');
    expect(JSON.stringify(project)).not.toContain('DI_ATAS');
  });
});
