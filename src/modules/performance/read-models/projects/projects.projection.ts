import { defineProjection } from '@infrastructure/projections/projection';
import { ProjectEvent } from '../../project/project.events';
import { PERFORMANCE_PROJECTS, Project, ProjectOutputView, ProjectSchema } from './project.schema';

type ProjectDoc = Project & { _id: string };

/** One document per project: members, outputs and milestones, never the lead's ratings (they live on each member's SKP). */
export const projectsProjection = defineProjection<ProjectEvent>({
  name: PERFORMANCE_PROJECTS,
  version: 1,
  collections: [{ name: PERFORMANCE_PROJECTS, schema: ProjectSchema }],
  canHandle: ['performance.ProjectFormed', 'performance.ProjectMemberAdded', 'performance.ProjectOutputDefined', 'performance.ProjectMilestoneReached', 'performance.ProjectMemberRated'],
  async apply(event, writer) {
    const id = event.data.projectId;
    const set = (fields: Record<string, unknown>) => writer.upsert(PERFORMANCE_PROJECTS, id, { $set: { ...fields, revision: event.revision } });
    const doc = () => writer.findById<ProjectDoc>(PERFORMANCE_PROJECTS, id);
    switch (event.type) {
      case 'performance.ProjectFormed': {
        const { projectId: _id, formedBy: _b, formedAt, ...rest } = event.data;
        return set({ ...rest, members: [], outputs: [], evidence: [], participantIds: [rest.leadEmployeeId], formedAt, updatedAt: formedAt });
      }
      case 'performance.ProjectMemberAdded': {
        const { employeeId, unitId, peran, addedAt } = event.data;
        const current = await doc();
        const members = (current?.members ?? []).filter((m) => m.employeeId !== employeeId);
        const participants = new Set([...(current?.participantIds ?? []), employeeId]);
        return set({ members: [...members, { employeeId, unitId, peran, addedAt }], participantIds: [...participants], updatedAt: addedAt });
      }
      case 'performance.ProjectOutputDefined': {
        const { outputId, title, target, milestones, definedAt } = event.data;
        const outputs = ((await doc())?.outputs ?? []).filter((o) => o.outputId !== outputId);
        const output: ProjectOutputView = { outputId, title, target, milestones: milestones.map((m) => ({ ...m, reachedOn: null, note: null, evidence: [], reportedBy: null })) };
        return set({ outputs: [...outputs, output], updatedAt: definedAt });
      }
      case 'performance.ProjectMilestoneReached': {
        const { outputId, milestoneId, reachedOn, note, evidence, reportedBy, reportedAt } = event.data;
        const current = await doc();
        const outputs = (current?.outputs ?? []).map((o) =>
          o.outputId !== outputId ? o : { ...o, milestones: o.milestones.map((m) => (m.milestoneId === milestoneId ? { ...m, reachedOn, note, evidence, reportedBy } : m)) },
        );
        return set({ outputs, evidence: [...new Set([...(current?.evidence ?? []), ...evidence])], updatedAt: reportedAt });
      }
      case 'performance.ProjectMemberRated':
        // Deliberately not projected (not even its time): the rating is read on the member's SKP only.
        return set({});
    }
  },
});
