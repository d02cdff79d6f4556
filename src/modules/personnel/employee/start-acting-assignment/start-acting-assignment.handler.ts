import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { OrganisationDirectory } from '@modules/organisation';
import { ActingPosts } from '../domain';
import { PositionHoldersOccupancy } from '../read-models/position-holders/position-occupancy';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { StartActingAssignmentCommand } from './start-acting-assignment.command';

@CommandHandler(StartActingAssignmentCommand)
export class StartActingAssignmentHandler implements ICommandHandler<StartActingAssignmentCommand, EmployeeResult> {
  constructor(
    private readonly employees: EmployeeCommands,
    private readonly directory: OrganisationDirectory,
    private readonly occupancy: PositionHoldersOccupancy,
  ) {}

  execute({ input, context }: StartActingAssignmentCommand): Promise<EmployeeResult> {
    const { employeeId, kind, unitId, positionId, from, until } = input;
    const assignmentId = input.assignmentId ?? deriveId('acting-assignment', context.commandId);
    return this.employees.execute(
      employeeId,
      context,
      async (employee) => ({
        type: 'StartActingAssignment',
        employeeId,
        assignmentId,
        kind,
        positionId,
        unitId,
        from,
        until,
        legalBasis: legalBasisOf(input.legalBasis),
        posts: await this.posts(positionId, employee?.positionId),
      }),
      { target: { unitId, positionId, definitive: false } },
    );
  }

  /** [M] Vacancy as the holders stand now, not on `from`: a post vacated in the meantime needs the Plt to be started once it is. */
  private async posts(positionId: string, ownPositionId: string | undefined): Promise<ActingPosts> {
    const [target, own, occupancy] = await Promise.all([
      this.directory.position(positionId),
      ownPositionId ? this.directory.position(ownPositionId) : null,
      this.occupancy.of(positionId, '9999-12-31'),
    ]);
    return {
      target: target ? { jenisJabatan: target.position.jenisJabatan, held: occupancy.definitive > 0 } : null,
      ownJenisJabatan: own?.position.jenisJabatan ?? null,
    };
  }
}
