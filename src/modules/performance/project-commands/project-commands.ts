import { Injectable } from '@nestjs/common';
import { jakartaDate } from '@infrastructure/scheduling';
import { childContext, CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { actsAs, forbid, isInstansiAdmin } from '../access/performance-access';
import { leadsUnit } from '../access/unit-access';
import { PerformanceRule as R } from '../performance.rules';
import { Rating } from '../predikat/rating';
import { isProject, MemberFacts, projectDecider, ProjectState } from '../project/project.decider';
import { ProjectMilestone, projectStream } from '../project/project.events';
import { ProjectRule as P } from '../project/project.rules';
import { SkpCommands, skpDateFor } from '../skp-commands/skp-commands';
import { isSkp, skpDecider } from '../skp/skp.decider';
import { skpIdOf, skpStream } from '../skp/skp.events';

type Existing = Extract<ProjectState, { exists: true }>;

/** The lead in person (EMPLOYEE or PEJABAT_PENILAI grant as themselves) or ADMIN_BKD of the instansi. */
export function mayManageProject(actor: Actor, project: Pick<Existing, 'leadEmployeeId' | 'instansiId'>): boolean {
  return actsAs(actor, project.leadEmployeeId) || isInstansiAdmin(actor, project.instansiId);
}

/** The lead, a member in person, or ADMIN_BKD of the instansi. */
function mayReport(actor: Actor, project: Existing): boolean {
  return mayManageProject(actor, project) || Object.keys(project.members).some((id) => actsAs(actor, id));
}

/**
 * Project-based appraisal (tim kerja; issue 9 item 5): a project of one instansi and SKP year, its
 * members from any of its units, outputs with milestones and bukti dukung, and the lead's rating of
 * each member, which lands on the RHK of the member's own SKP that the project serves.
 */
@Injectable()
export class ProjectCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly employees: EmployeeDirectory,
    private readonly organisation: OrganisationDirectory,
    private readonly skps: SkpCommands,
  ) {}

  /** ADMIN_BKD of the instansi, or a PEJABAT_PENILAI of the owning unit or a unit above it. */
  async form(fields: { projectId: string | null; unitId: string; name: string; description: string; year: number; leadEmployeeId: string }, context: CommandContext): Promise<CommandResult & { projectId: string }> {
    const unit = await this.organisation.unit(fields.unitId);
    if (!unit) refuse(R.UNIT_UNKNOWN, `Unit ${fields.unitId} tidak ada`);
    const may = (actor: Actor) => isInstansiAdmin(actor, unit.instansiId) || leadsUnit(actor, unit, fields.unitId, false);
    if (!may(context.actor)) forbid('Membentuk proyek (pimpinan unit atau ADMIN_BKD)');
    const projectId = fields.projectId ?? deriveId(context.commandId, 'performance.project');
    const lead = await this.facts(fields.leadEmployeeId, fields.year, context.occurredAt);
    const result = await this.executor.execute(
      projectDecider,
      projectStream(projectId),
      { type: 'FormProject', ...fields, projectId, instansiId: unit.instansiId, lead, by: context.actor.id, at: context.occurredAt },
      context,
      { authorize: (_s, actor) => void (may(actor) || forbid('Membentuk proyek')) },
    );
    return { ...result, projectId };
  }

  async addMember(fields: { projectId: string; employeeId: string; rhkId: string; peran: string }, context: CommandContext): Promise<CommandResult> {
    const project = await this.existing(fields.projectId, context.actor);
    if (!mayManageProject(context.actor, project)) forbid('Menambah anggota proyek (ketua tim atau ADMIN_BKD)');
    const member = await this.facts(fields.employeeId, project.year, context.occurredAt);
    // The member's SKP segment covering today (a transfer during the project year opens a new one).
    const skp = (await this.skps.covering(fields.employeeId, project.year, skpDateFor(project.year, context.occurredAt))) ?? { exists: false as const };
    const skpId = isSkp(skp) ? skp.skpId : skpIdOf(fields.employeeId, project.year);
    return this.executor.execute(
      projectDecider,
      projectStream(fields.projectId),
      {
        type: 'AddProjectMember',
        employeeId: fields.employeeId,
        member,
        skp: isSkp(skp) ? { skpId, approved: skp.status === 'APPROVED', rhkIds: skp.content.rhk.map((r) => r.rhkId) } : null,
        rhkId: fields.rhkId,
        peran: fields.peran,
        by: context.actor.id,
        at: context.occurredAt,
      },
      context,
      { authorize: (s, actor) => void (isProject(s) && mayManageProject(actor, s) ? true : forbid('Menambah anggota proyek')) },
    );
  }

  async defineOutput(fields: { projectId: string; outputId: string; title: string; target: string; milestones: readonly ProjectMilestone[] }, context: CommandContext): Promise<CommandResult> {
    const project = await this.existing(fields.projectId, context.actor);
    if (!mayManageProject(context.actor, project)) forbid('Menetapkan keluaran proyek (ketua tim atau ADMIN_BKD)');
    const { projectId: _p, ...output } = fields;
    return this.executor.execute(projectDecider, projectStream(fields.projectId), { type: 'DefineProjectOutput', ...output, by: context.actor.id, at: context.occurredAt }, context, {
      authorize: (s, actor) => void (isProject(s) && mayManageProject(actor, s) ? true : forbid('Menetapkan keluaran proyek')),
    });
  }

  async reachMilestone(fields: { projectId: string; outputId: string; milestoneId: string; reachedOn: string; note: string; evidence: readonly string[] }, context: CommandContext): Promise<CommandResult> {
    const project = await this.existing(fields.projectId, context.actor);
    if (!mayReport(context.actor, project)) forbid('Melaporkan capaian proyek (ketua tim, anggota atau ADMIN_BKD)');
    const { projectId: _p, ...milestone } = fields;
    return this.executor.execute(
      projectDecider,
      projectStream(fields.projectId),
      { type: 'ReachProjectMilestone', ...milestone, today: jakartaDate(new Date(context.occurredAt)), by: context.actor.id, at: context.occurredAt },
      context,
      { authorize: (s, actor) => void (isProject(s) && mayReport(actor, s) ? true : forbid('Melaporkan capaian proyek')) },
    );
  }

  /**
   * The lead in person rates a member: first on the project, then on the member's SKP (the linked
   * RHK), under a command id derived from this one, so a repeated request writes neither twice.
   */
  async rateMember(fields: { projectId: string; employeeId: string; period: string; rating: Rating; feedback: string }, context: CommandContext): Promise<CommandResult> {
    const project = await this.existing(fields.projectId, context.actor);
    const isLead = (actor: Actor, p: Pick<Existing, 'leadEmployeeId'>) => actsAs(actor, p.leadEmployeeId);
    if (!isLead(context.actor, project)) forbid('Menilai anggota proyek (ketua tim)');
    const { projectId: _p, ...rating } = fields;
    const rated = await this.executor.execute(projectDecider, projectStream(fields.projectId), { type: 'RateProjectMember', ...rating, today: jakartaDate(new Date(context.occurredAt)), by: context.actor.id, at: context.occurredAt }, context, {
      authorize: (s, actor) => void (isProject(s) && isLead(actor, s) ? true : forbid('Menilai anggota proyek')),
    });
    const after = rated.state as ProjectState;
    const member = (isProject(after) ? after : project).members[fields.employeeId];
    const landed = await this.executor.execute(
      skpDecider,
      skpStream(member.skpId),
      { type: 'RecordProjectContribution', projectId: project.projectId, projectName: project.name, rhkId: member.rhkId, period: fields.period, rating: fields.rating, feedback: fields.feedback, by: context.actor.id, at: context.occurredAt },
      childContext(context, `contribution:${member.skpId}`),
    );
    return { ...rated, position: Math.max(rated.position, landed.position) };
  }

  /** The loaded project, or a refusal that tells nobody outside the instansi whether it exists. */
  async existing(projectId: string, actor: Actor): Promise<Existing> {
    const { state } = await this.executor.load(projectDecider, projectStream(projectId));
    if (isProject(state)) return state;
    if (actor.roles.some((g) => g.unit === '*')) refuse(P.PROJECT_UNKNOWN, `Proyek ${projectId} tidak ada`);
    return forbid('Proyek');
  }

  /** The employee on the day (today, within the project year). */
  private async facts(employeeId: string, year: number, occurredAt: string): Promise<MemberFacts | null> {
    const employee = await this.employees.onDate(employeeId, skpDateFor(year, occurredAt));
    return employee ? { active: employee.status === 'AKTIF', instansiId: employee.instansiId, unitId: employee.unitId } : null;
  }
}
