import { nodeView } from '@infrastructure/graphql/mutations';
import { selectionApplicantsProjection } from '../read-models/selection-applicants/selection-applicant.projection';
import { SelectionApplicantQuery } from '../read-models/selection-applicants/selection-applicant.query';
import { SelectionApplicant } from '../read-models/selection-applicants/selection-applicant.schema';
import { selectionRankingsProjection } from '../read-models/selection-rankings/selection-ranking.projection';
import { SelectionRankingQuery } from '../read-models/selection-rankings/selection-ranking.query';
import { SelectionRanking } from '../read-models/selection-rankings/selection-ranking.schema';
import { selectionRoundsProjection } from '../read-models/selection-rounds/selection-round.projection';
import { SelectionRoundQuery } from '../read-models/selection-rounds/selection-round.query';
import { SelectionRound } from '../read-models/selection-rounds/selection-round.schema';

/** What the recruitment mutations answer with (read-your-writes, infrastructure/graphql/mutations.ts). */
export const SELECTION_ROUND_NODE = nodeView<SelectionRound>('selectionRound', [selectionRoundsProjection.name], (roundId, actor) => new SelectionRoundQuery(roundId, actor));
export const APPLICANT_NODE = nodeView<SelectionApplicant>('applicant', [selectionApplicantsProjection.name], (applicantId, actor) => new SelectionApplicantQuery(applicantId, actor));
export const RANKING_NODE = nodeView<SelectionRanking>('ranking', [selectionRankingsProjection.name], (roundId) => new SelectionRankingQuery(roundId));
