import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ReadModels } from '../../../../infrastructure/projections/read-models';
import { CommandResult } from '../../../../kernel/command-handling';
import { Actor } from '../../../../kernel/events';
import { SelectionApplicant } from '../read-models/selection-applicants/selection-applicant.schema';
import { SelectionApplicantQuery } from '../read-models/selection-applicants/selection-applicant.query';
import { SelectionRanking } from '../read-models/selection-rankings/selection-ranking.schema';
import { SelectionRankingQuery } from '../read-models/selection-rankings/selection-ranking.query';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';
import { SelectionRoundQuery } from '../read-models/selection-rounds/selection-round.query';

/** Projections (by name) a payload waits for before reading. */
export const ROUND_VIEW = 'selection-rounds';
export const APPLICANT_VIEW = 'selection-applicants';
export const RANKING_VIEW = 'selection-rankings';
export const APPOINTMENTS = 'recruitment-appointments';

/**
 * Read-your-writes for recruitment mutations: wait (bounded) until the read models have applied the
 * mutation's position, then answer `{ position, duplicate, <node> }` with the updated node.
 */
@Injectable()
export class RecruitmentPayloads {
  constructor(
    private readonly readModels: ReadModels,
    private readonly queries: QueryBus,
  ) {}

  async selectionRound(result: CommandResult, roundId: string, actor: Actor, ...alsoWaitFor: string[]) {
    await this.readModels.waitFor(result.position, ROUND_VIEW, ...alsoWaitFor);
    const selectionRound = await this.queries.execute<SelectionRoundQuery, SelectionRound | null>(new SelectionRoundQuery(roundId, actor));
    return { position: result.position, duplicate: result.duplicate, selectionRound };
  }

  async applicant(result: CommandResult, applicantId: string, actor: Actor) {
    await this.readModels.waitFor(result.position, APPLICANT_VIEW);
    const applicant = await this.queries.execute<SelectionApplicantQuery, SelectionApplicant | null>(new SelectionApplicantQuery(applicantId, actor));
    return { position: result.position, duplicate: result.duplicate, applicant };
  }

  async ranking(result: CommandResult, roundId: string) {
    await this.readModels.waitFor(result.position, RANKING_VIEW);
    const ranking = await this.queries.execute<SelectionRankingQuery, SelectionRanking | null>(new SelectionRankingQuery(roundId));
    return { position: result.position, duplicate: result.duplicate, ranking };
  }
}
