import { QueryBus } from '@nestjs/cqrs';
import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { Public } from '@infrastructure/auth/decorators';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { NotFoundError } from '@kernel/errors';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { SKD_REFERENCES } from '../../skd-reference';
import { SkdReferenceView } from '../skd.types';
import { RankingBoardStatusEnum } from '../recruitment.enums';
import { SELECTION_RANKINGS, SelectionRanking } from './selection-ranking.schema';
import { SelectionRankingQuery } from './selection-ranking.query';

@ObjectType('PublicSelectionBoard', { description: 'A round whose ranking board is public: what the portal lists before opening one with selectionRanking.' })
class PublicSelectionBoard {
  @Field(() => ID) roundId: string;
  @Field() name: string;
  @Field(() => Int) year: number;
  @Field(() => RankingBoardStatusEnum, { description: 'PUBLISHED (provisional) or ANNOUNCED (final).' }) status: 'PUBLISHED' | 'ANNOUNCED' | 'CANCELLED';
  @Field() publishedAt: string;
  @Field(() => String, { nullable: true }) announcedAt: string | null;
  @Field(() => Int) formasiCount: number;
}
const PublicSelectionBoardConnection = Connection(PublicSelectionBoard);

@ArgsType()
class BoardsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
}

/** Open selection (PP 11/2017 ps. 134(2), merit indicator 3): the board and its rules are public. */
@Resolver(() => SelectionRanking)
export class SelectionRankingResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  @Query(() => SelectionRanking, { description: 'Public ranking of a round, per formasi; identities masked. NOT_FOUND until published.' })
  @Public()
  async selectionRanking(@Args('roundId', { type: () => ID }) roundId: string): Promise<SelectionRanking> {
    const ranking = await this.queries.execute<SelectionRankingQuery, SelectionRanking | null>(new SelectionRankingQuery(roundId));
    if (!ranking) throw new NotFoundError(`Seleksi ${roundId} belum mempunyai peringkat yang diumumkan`, { roundId });
    return ranking;
  }

  @Query(() => PublicSelectionBoardConnection, { description: "An instansi's public ranking boards (published or announced, not cancelled), oldest first. Public." })
  @Public()
  async selectionBoards(@Args() args: BoardsArgs): Promise<ConnectionShape<PublicSelectionBoard>> {
    const filter = { instansiId: args.instansiId, status: { $in: ['PUBLISHED', 'ANNOUNCED'] } };
    const page = await this.pages.paginate(this.readModels.collection<SelectionRanking>(SELECTION_RANKINGS), filter, { first: args.first, after: args.after }, 'publishedAt');
    return {
      ...page,
      edges: page.edges.map(({ node, cursor }) => ({
        cursor,
        node: { roundId: node._id, name: node.name, year: node.year, status: node.status, publishedAt: node.publishedAt, announcedAt: node.announcedAt, formasiCount: node.formasi.length },
      })),
    };
  }

  @Query(() => [SkdReferenceView], { description: 'SKD reference data (maxima and thresholds per formation year) a round may use.' })
  @Public()
  skdReferences(): SkdReferenceView[] {
    return Object.values(SKD_REFERENCES);
  }
}
