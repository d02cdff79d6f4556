import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '@infrastructure/projections/read-models';
import { SELECTION_RANKINGS, SelectionRanking } from './selection-ranking.schema';

/** The public board of a round; null until its ranking is published. */
export class SelectionRankingQuery {
  constructor(readonly roundId: string) {}
}

@QueryHandler(SelectionRankingQuery)
export class SelectionRankingQueryHandler implements IQueryHandler<SelectionRankingQuery, SelectionRanking | null> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ roundId }: SelectionRankingQuery): Promise<SelectionRanking | null> {
    return this.readModels.collection<SelectionRanking>(SELECTION_RANKINGS).findById(roundId);
  }
}
