import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError, NotFoundError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { coversInstansi } from '@modules/shared/instansi-scope';
import { READING_ROLES } from '../../shared/recruitment-access';
import { SELECTION_ROUNDS, SelectionRound } from '../selection-rounds/selection-round.schema';
import { SELECTION_APPLICANTS, SelectionApplicant } from './selection-applicant.schema';

/** One applicant (admin view); null if unknown. */
export class SelectionApplicantQuery {
  constructor(
    readonly applicantId: string,
    readonly actor: Actor,
  ) {}
}

export class SelectionApplicantsQuery {
  constructor(
    readonly actor: Actor,
    readonly roundId: string,
    readonly page: { first: number; after?: string },
    readonly formasiId?: string,
  ) {}
}

/** Applicants are personal data: readable only by ADMIN_BKD/AUDITOR of the round's instansi. */
async function assertMayRead(readModels: ReadModels, actor: Actor, roundId: string): Promise<void> {
  const round = await readModels.collection<SelectionRound>(SELECTION_ROUNDS).findById(roundId);
  if (!round) throw new NotFoundError(`Seleksi ${roundId} tidak ditemukan`, { roundId });
  if (!coversInstansi(actor, READING_ROLES, round.instansiId)) throw new ForbiddenError(`Pelamar seleksi milik ${round.instansiId} tidak boleh Anda lihat`);
}

@QueryHandler(SelectionApplicantQuery)
export class SelectionApplicantQueryHandler implements IQueryHandler<SelectionApplicantQuery, SelectionApplicant | null> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ applicantId, actor }: SelectionApplicantQuery): Promise<SelectionApplicant | null> {
    const applicant = await this.readModels.collection<SelectionApplicant>(SELECTION_APPLICANTS).findById(applicantId);
    if (!applicant) return null;
    await assertMayRead(this.readModels, actor, applicant.roundId);
    return applicant;
  }
}

@QueryHandler(SelectionApplicantsQuery)
export class SelectionApplicantsQueryHandler implements IQueryHandler<SelectionApplicantsQuery, ConnectionShape<SelectionApplicant>> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  async execute({ actor, roundId, page, formasiId }: SelectionApplicantsQuery): Promise<ConnectionShape<SelectionApplicant>> {
    await assertMayRead(this.readModels, actor, roundId);
    const filter = formasiId ? { roundId, formasiId } : { roundId };
    return this.pages.paginate(this.readModels.collection<SelectionApplicant>(SELECTION_APPLICANTS), filter, page, 'registrationOrder');
  }
}
