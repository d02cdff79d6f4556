import { Injectable } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Role } from '@infrastructure/auth/roles';
import { AttachmentReferenceKind } from '@infrastructure/attachments';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { coversInstansi } from '../../../shared';
import { OrganisationDirectory } from '../../../organisation';
import { actsAs } from '../../access/performance-access';
import { leadsUnit } from '../../access/unit-access';
import { PERFORMANCE_PROJECTS, Project } from './project.schema';

type ProjectDoc = Project & { _id: string };

/** The lead and the members in person, ADMIN_BKD and AUDITOR of the instansi, PEJABAT_PENILAI of the owning unit or a unit above it. */
export async function mayReadProject(actor: Actor, project: Pick<Project, 'instansiId' | 'unitId' | 'participantIds'>, organisation: OrganisationDirectory): Promise<boolean> {
  if (coversInstansi(actor, [Role.ADMIN_BKD, Role.AUDITOR], project.instansiId) || project.participantIds.some((id) => actsAs(actor, id))) return true;
  if (!actor.roles.some((g) => g.role === Role.PEJABAT_PENILAI)) return false;
  const unit = await organisation.unit(project.unitId);
  return unit !== null && leadsUnit(actor, unit, project.unitId, false);
}

export class ProjectQuery extends Query<Project | null> {
  constructor(
    readonly projectId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
export class ProjectsQuery extends Query<ConnectionShape<Project>> {
  constructor(
    readonly instansiId: string,
    readonly year: number,
    readonly actor: Actor,
    readonly page: { first: number; after?: string },
  ) {
    super();
  }
}

/** One project; a missing one is null only for a reader of every instansi, FORBIDDEN otherwise (existence not disclosed). */
@QueryHandler(ProjectQuery)
export class ProjectQueryHandler implements IQueryHandler<ProjectQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly organisation: OrganisationDirectory,
  ) {}
  async execute({ projectId, actor }: ProjectQuery): Promise<Project | null> {
    const project = await this.readModels.collection<ProjectDoc>(PERFORMANCE_PROJECTS).findById(projectId);
    if (!project) {
      if (actor.roles.some((g) => g.unit === ALL_INSTANSI)) return null;
      throw new ForbiddenError(`Proyek ${projectId} tidak dalam cakupan Anda`);
    }
    if (!(await mayReadProject(actor, project, this.organisation))) throw new ForbiddenError(`Proyek ${projectId} tidak dalam cakupan Anda`);
    return project;
  }
}

/** The projects of an instansi and year: all of them for ADMIN_BKD/AUDITOR of the instansi, else those the caller leads or works in (a unit leader finds the ones they formed through the lead). */
@QueryHandler(ProjectsQuery)
export class ProjectsQueryHandler implements IQueryHandler<ProjectsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}
  execute({ instansiId, year, actor, page }: ProjectsQuery): Promise<ConnectionShape<Project>> {
    const collection = this.readModels.collection<ProjectDoc>(PERFORMANCE_PROJECTS);
    if (coversInstansi(actor, [Role.ADMIN_BKD, Role.AUDITOR], instansiId)) return this.pages.paginate(collection, { instansiId, year }, page);
    // The token subject in person (EMPLOYEE of themselves or PEJABAT_PENILAI): only their own projects.
    const self = actsAs(actor, actor.id) ? actor.id : '\u0000';
    return this.pages.paginate(collection, { instansiId, year, participantIds: { $in: [self] } }, page);
  }
}

/** Milestone bukti dukung as an attachment reference kind: downloadable by whoever may read the project. */
@Injectable()
export class ProjectEvidenceAccess implements AttachmentReferenceKind {
  readonly kind = 'performance.project-evidence';

  constructor(
    private readonly readModels: ReadModels,
    private readonly organisation: OrganisationDirectory,
  ) {}

  async findReferences(hash: string): Promise<readonly string[]> {
    const projects = await this.readModels.collection<ProjectDoc>(PERFORMANCE_PROJECTS).find({ evidence: { $in: [hash] } }, { limit: 20 });
    return projects.map((p) => p._id);
  }

  async mayRead(actor: Actor, projectId: string): Promise<boolean> {
    const project = await this.readModels.collection<ProjectDoc>(PERFORMANCE_PROJECTS).findById(projectId);
    return project !== null && (await mayReadProject(actor, project, this.organisation));
  }
}
