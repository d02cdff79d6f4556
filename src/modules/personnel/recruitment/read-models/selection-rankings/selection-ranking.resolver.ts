import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@infrastructure/auth/decorators';
import { NotFoundError } from '@kernel/errors';
import { SKD_REFERENCES } from '../../skd-reference';
import { SkdReferenceView } from '../skd.types';
import { SelectionRanking } from './selection-ranking.schema';
import { SelectionRankingQuery } from './selection-ranking.query';

/** Open selection (PP 11/2017 ps. 134(2), merit indicator 3): the board and its rules are public. */
@Resolver(() => SelectionRanking)
export class SelectionRankingResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => SelectionRanking, { description: 'Public ranking of a round, per formasi; identities masked. NOT_FOUND until published.' })
  @Public()
  async selectionRanking(@Args('roundId', { type: () => ID }) roundId: string): Promise<SelectionRanking> {
    const ranking = await this.queries.execute<SelectionRankingQuery, SelectionRanking | null>(new SelectionRankingQuery(roundId));
    if (!ranking) throw new NotFoundError(`Seleksi ${roundId} belum mempunyai peringkat yang diumumkan`, { roundId });
    return ranking;
  }

  @Query(() => [SkdReferenceView], { description: 'SKD reference data (maxima and thresholds per formation year) a round may use.' })
  @Public()
  skdReferences(): SkdReferenceView[] {
    return Object.values(SKD_REFERENCES);
  }
}
