import { Injectable } from '@nestjs/common';
import { INSTANSI_ADMIN } from '@infrastructure/auth/instansi-admin.policy';
import { Claim } from '@kernel/claims/claims';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { instansiIdOf } from '@modules/organisation';
import { assertManagesEmployeesOf, notVisible } from '../access/employee-access';
import { EmployeeCommand, EmployeeRecord, EmployeeState, employeeDecider, employeeStreamId, isRegistered } from '../domain';
import { PlacementCheck } from './placement-check';

export type EmployeeResult = CommandResult<EmployeeState>;

/** Where a command places the employee (transfer, acting assignment): checked like a registration. */
export interface TargetPlacement {
  readonly unitId: string;
  readonly positionId: string;
  /** A definitive placement (transfer) takes a seat of the post; an acting one (Plt/Plh) does not. */
  readonly definitive: boolean;
}

export interface EmployeeCommandOptions {
  /**
   * Checked (actor and tree) like a registration's placement. A function when the record decides it
   * (an annulment returns the employee to the post held before); undefined then means no placement.
   */
  readonly target?: TargetPlacement | ((employee: EmployeeRecord) => TargetPlacement | undefined);
  /** Values the command claims for the employee's stream (reassignIdentifier: the new NI PPPK). */
  readonly claims?: readonly Claim[];
}

/**
 * What every handler on an existing record does around the one command path: on the employee's
 * stream as loaded (once) for the decision, check that the actor manages the employee's instansi (and
 * the target's, for a move) and that a target unit and position exist, then build the command from
 * the record. The stream, not the read model, says where the employee is, so a check never trails the
 * log. A repeated command id skips the checks: the executor answers it as a duplicate.
 */
@Injectable()
export class EmployeeCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly placements: PlacementCheck,
  ) {}

  execute(
    employeeId: string,
    context: CommandContext,
    build: (employee: EmployeeRecord | null) => EmployeeCommand | Promise<EmployeeCommand>,
    { target, claims }: EmployeeCommandOptions = {},
  ): Promise<EmployeeResult> {
    return this.executor.execute(employeeDecider, employeeStreamId(employeeId), (state) => build(recordOf(state)), context, {
      claims,
      authorize: (state, actor) => this.authorise(employeeId, recordOf(state), actor, target),
    });
  }

  private async authorise(employeeId: string, employee: EmployeeRecord | null, actor: Actor, targetOf?: EmployeeCommandOptions['target']): Promise<void> {
    // Only a system-wide BKD learns that a record does not exist; the decider then refuses EMPLOYEE_NOT_FOUND.
    if (!employee && !INSTANSI_ADMIN.manages(actor, ALL_INSTANSI)) throw notVisible(employeeId);
    if (employee) assertManagesEmployeesOf(actor, instansiIdOf(employee.unitId));
    const target = typeof targetOf === 'function' ? (employee ? targetOf(employee) : undefined) : targetOf;
    if (target) {
      assertManagesEmployeesOf(actor, instansiIdOf(target.unitId));
      await this.placements.assert(target.unitId, target.positionId, target.definitive);
    }
  }
}

function recordOf(state: EmployeeState): EmployeeRecord | null {
  return isRegistered(state) ? state : null;
}
