import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeRecord, PromoteEmployee, SuperiorGolongan } from '../domain';
import { yearOf } from '@kernel/calendar-date';
import { instansiIdOf } from '@modules/organisation';
import { AppraiserLookup } from '../read-models/position-holders/appraiser-lookup';
import { PublishedPredikatReader } from '../read-models/published-predikat/published-predikat.projection';
import { EmployeeCommands, EmployeeResult } from '../shared/employee-commands';
import { legalBasisOf } from '../shared/employee.input-fields';
import { PromoteEmployeeCommand } from './promote-employee.command';

@CommandHandler(PromoteEmployeeCommand)
export class PromoteEmployeeHandler implements ICommandHandler<PromoteEmployeeCommand, EmployeeResult> {
  constructor(
    private readonly employees: EmployeeCommands,
    private readonly appraisers: AppraiserLookup,
    private readonly predicates: PublishedPredikatReader,
  ) {}

  /** The two years before the TMT year come from performance's published predikat where it has them (read model: may trail a sign-off by moments). */
  execute({ input, context }: PromoteEmployeeCommand): Promise<EmployeeResult> {
    return this.employees.execute(input.employeeId, context, async (employee): Promise<PromoteEmployee> => ({
      type: 'PromoteEmployee',
      employeeId: input.employeeId,
      toGolongan: input.toGolongan,
      tmt: input.tmt,
      predikat: input.predikat.map(({ year, predikat, legalBasis }) => ({ year, predikat, legalBasis: legalBasis ? legalBasisOf(legalBasis) : null })),
      ...(await this.predicates.facts(input.employeeId, employee ? instansiIdOf(employee.unitId) : null, [yearOf(input.tmt) - 1, yearOf(input.tmt) - 2])),
      superiorGolongan: (input.superiorGolongan as SuperiorGolongan | undefined) ?? (await this.superiorOf(employee, context)),
      jf: { isJf: input.jf?.isJf ?? false, angkaKreditMet: input.jf?.angkaKreditMet ?? false },
      legalBasis: legalBasisOf(input.legalBasis),
    }));
  }

  /**
   * The atasan langsung is the pejabat penilai, as the record stands when the promotion is decided:
   * the superior's current golongan is what the read model holds, so both are taken "now". The event
   * records the value used.
   */
  private async superiorOf(employee: EmployeeRecord | null, context: CommandContext): Promise<SuperiorGolongan> {
    if (!employee) return null;
    return this.appraisers.superiorGolongan({ employeeId: employee.employeeId, positionId: employee.positionId }, context.occurredAt.slice(0, 10));
  }
}
