import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrganisationDirectory } from '@modules/organisation';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { RetireEmployeeCommand } from './retire-employee.command';

@CommandHandler(RetireEmployeeCommand)
export class RetireEmployeeHandler implements ICommandHandler<RetireEmployeeCommand, EmployeeResult> {
  constructor(
    private readonly employees: EmployeeCommands,
    private readonly directory: OrganisationDirectory,
  ) {}

  execute({ input, context }: RetireEmployeeCommand): Promise<EmployeeResult> {
    const { employeeId, kind, effectiveDate } = input;
    // The BUP is the post's: its jenis jabatan comes from the organisation tree, for the post the stream says.
    return this.employees.execute(employeeId, context, async (employee) => ({
      type: 'RetireEmployee',
      employeeId,
      kind,
      effectiveDate,
      legalBasis: legalBasisOf(input.legalBasis),
      jenisJabatan: employee ? ((await this.directory.position(employee.positionId))?.position.jenisJabatan ?? null) : null,
    }));
  }
}
