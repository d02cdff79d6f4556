import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { coversInstansi, instansiScope } from '@modules/shared/instansi-scope';
import { READING_ROLES } from '../../shared/recruitment-access';
import { APPOINTMENT_OUTCOMES, AppointmentOutcome } from '../appointment-outcomes/appointment-outcome.schema';
import { SELECTION_ROUNDS, SelectionRound } from './selection-round.schema';

/** One round (admin view) with the outcome of each appointment's employee registration; null if unknown. */
export class SelectionRoundQuery {
  constructor(
    readonly roundId: string,
    readonly actor: Actor,
  ) {}
}

export class SelectionRoundsQuery {
  constructor(
    readonly actor: Actor,
    readonly page: { first: number; after?: string },
    readonly instansiId?: string,
  ) {}
}

@QueryHandler(SelectionRoundQuery)
export class SelectionRoundQueryHandler implements IQueryHandler<SelectionRoundQuery, SelectionRound | null> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ roundId, actor }: SelectionRoundQuery): Promise<SelectionRound | null> {
    const round = await this.readModels.collection<SelectionRound>(SELECTION_ROUNDS).findById(roundId);
    if (!round) return null;
    if (!coversInstansi(actor, READING_ROLES, round.instansiId)) throw new ForbiddenError(`Seleksi milik ${round.instansiId} tidak boleh Anda lihat`);
    const outcomes = await this.readModels.collection<AppointmentOutcome>(APPOINTMENT_OUTCOMES).find({ roundId });
    const byApplicant = new Map(outcomes.map((o) => [o._id, o]));
    return {
      ...round,
      appointments: round.appointments.map((a) => {
        const outcome = byApplicant.get(a.applicantId);
        return { ...a, employeeRegistration: outcome ? { status: outcome.status, rule: outcome.rule, message: outcome.message } : { status: 'PENDING' as const, rule: null, message: null } };
      }),
    };
  }
}

@QueryHandler(SelectionRoundsQuery)
export class SelectionRoundsQueryHandler implements IQueryHandler<SelectionRoundsQuery, ConnectionShape<SelectionRound>> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  execute({ actor, page, instansiId }: SelectionRoundsQuery): Promise<ConnectionShape<SelectionRound>> {
    const visible = instansiScope(actor, READING_ROLES);
    if (instansiId && visible !== 'all' && !visible.includes(instansiId)) throw new ForbiddenError(`Seleksi milik ${instansiId} tidak boleh Anda lihat`);
    const filter = instansiId ? { instansiId } : visible === 'all' ? {} : { instansiId: { $in: visible } };
    return this.pages.paginate(this.readModels.collection<SelectionRound>(SELECTION_ROUNDS), filter, page, 'openedAt');
  }
}
