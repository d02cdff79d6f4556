import { Injectable } from '@nestjs/common';
import { Role } from '@infrastructure/auth/roles';
import { defineReaction, Reaction } from '@infrastructure/projections/reaction';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { refuse } from '@kernel/rules';
import { AnnualPredikatFinalised, LegalBasis } from '../../shared';
import { EmployeeDirectory } from '../../personnel';
import { forbid, isInstansiAdmin } from '../access/performance-access';
import { evaluationDecider } from '../evaluation/evaluation.decider';
import { evaluationIdOf, evaluationStream } from '../evaluation/evaluation.events';
import { SkpCommands } from '../skp-commands/skp-commands';
import { PerformanceRule as R } from '../performance.rules';
import { skpIdOf } from '../skp/skp.events';
import { awardDecider } from './award.decider';
import { awardStream } from './award.events';
import { AWARD_POLICY_2026, YearFact } from './award.policy';

/** Performance awards: the system proposes from closed annual evaluations; ADMIN_BKD of the instansi confirms or rejects. */
@Injectable()
export class AwardCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly employees: EmployeeDirectory,
    private readonly skps: SkpCommands,
  ) {}

  /** Sent by the reaction on each published annual predikat: a proposal when the rule is met, else nothing. */
  async propose(fields: { employeeId: string; instansiId: string; year: number }, context: CommandContext): Promise<CommandResult> {
    const facts = await this.facts(fields.employeeId, fields.year);
    return this.executor.execute(awardDecider, awardStream(fields.employeeId), { type: 'ProposeAward', ...fields, facts, policy: AWARD_POLICY_2026, at: context.occurredAt }, context);
  }

  async confirm(fields: { employeeId: string; nominationId: string; decidedOn: string; reason: string; legalBasis: LegalBasis | null }, context: CommandContext): Promise<CommandResult> {
    const employee = await this.employees.onDate(fields.employeeId, fields.decidedOn);
    const may = (actor: Actor) => employee !== null && isInstansiAdmin(actor, employee.instansiId);
    if (!may(context.actor)) return this.refuseUnknown(context.actor, 'Memutuskan usulan penghargaan kinerja (ADMIN_BKD instansi)');
    const year = Number(fields.nominationId.slice(fields.nominationId.lastIndexOf('.') + 1));
    const facts = Number.isInteger(year) ? await this.facts(fields.employeeId, year) : [];
    const { employeeId: _e, ...decision } = fields;
    return this.executor.execute(
      awardDecider,
      awardStream(fields.employeeId),
      { type: 'ConfirmAward', ...decision, facts, policy: AWARD_POLICY_2026, employee: { instansiId: employee!.instansiId, unitId: employee!.unitId, name: employee!.name, hukdisActive: employee!.hukdisActive }, by: context.actor.id },
      context,
      { authorize: (_s, actor) => void (may(actor) || forbid('Memutuskan usulan penghargaan kinerja')) },
    );
  }

  async reject(fields: { employeeId: string; nominationId: string; decidedOn: string; reason: string }, context: CommandContext): Promise<CommandResult> {
    const employee = await this.employees.onDate(fields.employeeId, fields.decidedOn);
    const may = (actor: Actor) => employee !== null && isInstansiAdmin(actor, employee.instansiId);
    if (!may(context.actor)) return this.refuseUnknown(context.actor, 'Memutuskan usulan penghargaan kinerja (ADMIN_BKD instansi)');
    const { employeeId: _e, ...decision } = fields;
    return this.executor.execute(awardDecider, awardStream(fields.employeeId), { type: 'RejectAward', ...decision, by: context.actor.id }, context, {
      authorize: (_s, actor) => void (may(actor) || forbid('Memutuskan usulan penghargaan kinerja')),
    });
  }

  /** The closed annual predikat of the years the policy counts back from `year` (a year split by a transfer: its year segment's). */
  private async facts(employeeId: string, year: number): Promise<YearFact[]> {
    const years = Array.from({ length: AWARD_POLICY_2026.consecutiveYears }, (_, i) => year - i);
    return Promise.all(
      years.map(async (y) => {
        const skpId = (await this.skps.yearSegment(employeeId, y))?.skpId ?? skpIdOf(employeeId, y);
        const { state } = await this.executor.load(evaluationDecider, evaluationStream(evaluationIdOf(skpId, String(y))));
        return { year: y, predikat: state.exists && state.closed ? state.assessment.predikat : null };
      }),
    );
  }

  private refuseUnknown(actor: Actor, what: string): never {
    if (actor.roles.some((g) => g.unit === '*')) refuse(R.EMPLOYEE_NOT_ACTIVE, 'Pegawai tidak terdaftar pada tanggal keputusan');
    return forbid(what);
  }
}

/** The system acts as the instansi's BKD, on behalf of whoever closed or corrected the evaluation. */
function awardActor(instansiId: string, cause: Actor): Actor {
  return { id: 'system:performance-awards', roles: [{ role: Role.ADMIN_BKD, unit: instansiId }], onBehalfOf: cause.id };
}

/**
 * Each published annual predikat (close or correction) asks whether the employee now meets the award
 * rule; the proposal (or nothing) is decided by the award stream. The name is permanent.
 */
export function performanceAwardReaction(awards: AwardCommands): Reaction {
  return defineReaction<AnnualPredikatFinalised>({
    name: 'performance-award-proposals',
    canHandle: ['performance.AnnualPredikatFinalised'],
    async react(event, { commandContext }) {
      const { employeeId, instansiId, year } = event.data;
      await awards.propose({ employeeId, instansiId, year }, commandContext(awardActor(instansiId, event.actor)));
    },
  });
}
