import { Injectable } from '@nestjs/common';
import { holdsAllInstansi } from '../../../../infrastructure/auth/grants';
import { Role } from '../../../../infrastructure/auth/roles';
import { Claim } from '../../../../kernel/claims/claims';
import { CommandContext, CommandExecutor, CommandResult } from '../../../../kernel/command-handling';
import { instansiIdOf } from '../../organisation';
import { assertManagesEmployeesOf, notVisible } from '../access/employee-access';
import { EmployeeCommand, EmployeeRecord, EmployeeState, employeeDecider, employeeStreamId, isRegistered } from '../domain';
import { PlacementCheck } from './placement-check';

export type EmployeeResult = CommandResult<EmployeeState>;

/** Where a command places the employee (transfer, acting assignment): checked like a registration. */
export interface TargetPlacement {
  readonly unitId: string;
  readonly positionId: string;
}

export interface EmployeeCommandOptions {
  /** Checked (actor and tree) like a registration's placement. */
  readonly target?: TargetPlacement;
  /** Values the command claims for the employee's stream (reassignIdentifier: the new NI PPPK). */
  readonly claims?: readonly Claim[];
}

/**
 * What every handler on an existing record does around the one command path: check that the actor
 * manages the employee's instansi (and the target's, for a move), that a target unit and position
 * exist, then execute on the employee's stream. The stream, not the read model, says where the
 * employee is, so a check never trails the log. A repeated command id skips the checks: the
 * executor answers it as a duplicate whatever changed since.
 */
@Injectable()
export class EmployeeCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly placements: PlacementCheck,
  ) {}

  async execute(
    employeeId: string,
    context: CommandContext,
    build: (employee: EmployeeRecord | null) => EmployeeCommand | Promise<EmployeeCommand>,
    { target, claims }: EmployeeCommandOptions = {},
  ): Promise<EmployeeResult> {
    const stream = employeeStreamId(employeeId);
    const { state, events } = await this.executor.load(employeeDecider, stream);
    const employee = isRegistered(state) ? state : null;
    const repeat = events.some((e) => e.commandId === context.commandId);
    if (!repeat) await this.authorise(employeeId, employee, context, target);
    const command = await build(employee);
    return this.executor.execute(employeeDecider, stream, command, context, { claims });
  }

  private async authorise(employeeId: string, employee: EmployeeRecord | null, context: CommandContext, target?: TargetPlacement): Promise<void> {
    // Only a system-wide BKD learns that a record does not exist; the decider then refuses EMPLOYEE_NOT_FOUND.
    if (!employee && !holdsAllInstansi(context.actor, Role.ADMIN_BKD)) throw notVisible(employeeId);
    if (employee) assertManagesEmployeesOf(context.actor, instansiIdOf(employee.unitId));
    if (target) {
      assertManagesEmployeesOf(context.actor, instansiIdOf(target.unitId));
      await this.placements.assert(target.unitId, target.positionId);
    }
  }
}
