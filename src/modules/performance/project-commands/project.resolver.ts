import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Command, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { Project } from '../read-models/projects/project.schema';
import { projectsProjection } from '../read-models/projects/projects.projection';
import { ProjectQuery, ProjectsQuery } from '../read-models/projects/projects.query';
import { skpsProjection } from '../read-models/skps/skps.projection';
import { ProjectCommands } from './project-commands';
import { AddProjectMemberInput, DefineProjectOutputInput, FormProjectInput, RateProjectMemberInput, ReportProjectMilestoneInput } from './project.inputs';

export class FormProjectCommand extends Command<CommandResult & { projectId: string }> {
  constructor(readonly input: FormProjectInput, readonly context: CommandContext) {
    super();
  }
}
export class AddProjectMemberCommand extends Command<CommandResult> {
  constructor(readonly input: AddProjectMemberInput, readonly context: CommandContext) {
    super();
  }
}
export class DefineProjectOutputCommand extends Command<CommandResult> {
  constructor(readonly input: DefineProjectOutputInput, readonly context: CommandContext) {
    super();
  }
}
export class ReportProjectMilestoneCommand extends Command<CommandResult> {
  constructor(readonly input: ReportProjectMilestoneInput, readonly context: CommandContext) {
    super();
  }
}
export class RateProjectMemberCommand extends Command<CommandResult> {
  constructor(readonly input: RateProjectMemberInput, readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(FormProjectCommand)
export class FormProjectHandler implements ICommandHandler<FormProjectCommand> {
  constructor(private readonly projects: ProjectCommands) {}
  execute({ input, context }: FormProjectCommand) {
    const { unitId, name, description, year, leadEmployeeId } = input;
    return this.projects.form({ projectId: input.projectId ?? null, unitId, name, description, year, leadEmployeeId }, context);
  }
}
@CommandHandler(AddProjectMemberCommand)
export class AddProjectMemberHandler implements ICommandHandler<AddProjectMemberCommand> {
  constructor(private readonly projects: ProjectCommands) {}
  execute({ input, context }: AddProjectMemberCommand) {
    const { projectId, employeeId, rhkId, peran } = input;
    return this.projects.addMember({ projectId, employeeId, rhkId, peran }, context);
  }
}
@CommandHandler(DefineProjectOutputCommand)
export class DefineProjectOutputHandler implements ICommandHandler<DefineProjectOutputCommand> {
  constructor(private readonly projects: ProjectCommands) {}
  execute({ input, context }: DefineProjectOutputCommand) {
    const { projectId, outputId, title, target } = input;
    return this.projects.defineOutput({ projectId, outputId, title, target, milestones: input.milestones.map(({ milestoneId, title: t, dueDate }) => ({ milestoneId, title: t, dueDate })) }, context);
  }
}
@CommandHandler(ReportProjectMilestoneCommand)
export class ReportProjectMilestoneHandler implements ICommandHandler<ReportProjectMilestoneCommand> {
  constructor(private readonly projects: ProjectCommands) {}
  execute({ input, context }: ReportProjectMilestoneCommand) {
    const { projectId, outputId, milestoneId, reachedOn, note } = input;
    return this.projects.reachMilestone({ projectId, outputId, milestoneId, reachedOn, note, evidence: [...(input.evidence ?? [])] }, context);
  }
}
@CommandHandler(RateProjectMemberCommand)
export class RateProjectMemberHandler implements ICommandHandler<RateProjectMemberCommand> {
  constructor(private readonly projects: ProjectCommands) {}
  execute({ input, context }: RateProjectMemberCommand) {
    const { projectId, employeeId, period, rating, feedback } = input;
    return this.projects.rateMember({ projectId, employeeId, period, rating, feedback }, context);
  }
}

const PROJECT_NODE = nodeView<Project>('project', [projectsProjection.name], (id, actor) => new ProjectQuery(id, actor));
const ProjectPayload = MutationPayload('ProjectPayload', 'project', Project);
const ProjectConnection = Connection(Project);

@ArgsType()
class ProjectArgs {
  @Field(() => ID) @IdentifierText() @IsString() @Length(1, 64) id: string;
}

@ArgsType()
class ProjectsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId must be an instansi id' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2022) @Max(2100) year: number;
}

@Resolver()
export class ProjectResolver {
  constructor(
    private readonly mutations: Mutations,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => ProjectPayload, { description: 'Forms a project (tim kerja) of the unit’s instansi for an SKP year, with its lead (an active employee of the instansi). ADMIN_BKD of the instansi, or PEJABAT_PENILAI of the unit or a unit above it.' })
  @Roles(Role.ADMIN_BKD, Role.PEJABAT_PENILAI)
  formProject(@Args('input') input: FormProjectInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new FormProjectCommand(input, c), PROJECT_NODE, (r: CommandResult & { projectId: string }) => r.projectId);
  }

  @Mutation(() => ProjectPayload, { description: 'Adds a member from any unit of the project’s instansi, linked to an RHK of their own approved SKP of the project year (where the lead’s ratings land). The lead in person, or ADMIN_BKD of the instansi.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  addProjectMember(@Args('input') input: AddProjectMemberInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new AddProjectMemberCommand(input, c), PROJECT_NODE, input.projectId);
  }

  @Mutation(() => ProjectPayload, { description: 'Defines an output (keluaran) of the project with its planned milestones. The lead in person, or ADMIN_BKD of the instansi.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  defineProjectOutput(@Args('input') input: DefineProjectOutputInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new DefineProjectOutputCommand(input, c), PROJECT_NODE, input.projectId);
  }

  @Mutation(() => ProjectPayload, { description: 'Reports a milestone reached, with bukti dukung (hashes of files uploaded to /attachments). The lead or a member in person, or ADMIN_BKD of the instansi.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD)
  reportProjectMilestone(@Args('input') input: ReportProjectMilestoneInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new ReportProjectMilestoneCommand(input, c), PROJECT_NODE, input.projectId);
  }

  @Mutation(() => ProjectPayload, {
    description:
      "Rates a member's project work for a period with feedback; it lands on the linked RHK of the member's SKP (Skp.projectContributions), read there by the member and their own appraiser chain — the project never shows it. The lead in person.",
  })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI)
  rateProjectMember(@Args('input') input: RateProjectMemberInput, @CurrentActor() actor: Actor) {
    return this.mutations.run(actor, input, (c) => new RateProjectMemberCommand(input, c), PROJECT_NODE, input.projectId, skpsProjection.name);
  }

  @Query(() => Project, { nullable: true, description: 'One project. The lead and members in person, ADMIN_BKD and AUDITOR of the instansi; FORBIDDEN for anyone else, whether or not it exists.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  project(@Args() args: ProjectArgs, @CurrentActor() actor: Actor): Promise<Project | null> {
    return this.queries.execute(new ProjectQuery(args.id, actor));
  }

  @Query(() => ProjectConnection, { description: 'Projects of an instansi and year, in id order: all of them for ADMIN_BKD and AUDITOR of the instansi; the ones you lead or work in otherwise.' })
  @Roles(Role.EMPLOYEE, Role.PEJABAT_PENILAI, Role.ADMIN_BKD, Role.AUDITOR)
  projects(@Args() args: ProjectsArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<Project>> {
    return this.queries.execute(new ProjectsQuery(args.instansiId, args.year, actor, { first: args.first, after: args.after }));
  }
}

export const projectProviders = [ProjectCommands, ProjectResolver, FormProjectHandler, AddProjectMemberHandler, DefineProjectOutputHandler, ReportProjectMilestoneHandler, RateProjectMemberHandler];
