import { Inject, Injectable, Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { APP_CONFIG, AppConfig } from '@config/config';
import { Doc, Filter, ReadCollection } from '../document-store/document-store.port';
import { CursorCodec, SortValue } from './cursor';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the last edge already seen.' })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T>(node: Type<T>, name = node.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node) node: T;
    @Field() cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'Matches across all pages.' }) totalCount: number;
  }
  return ConnectionType;
}

/**
 * The one pagination helper: keyset pagination over a read collection, ordered by `sortField` then
 * `_id`, so pages stay stable while documents are added. Cursors are signed (sort value, _id) pairs.
 */
@Injectable()
export class Paginator {
  private readonly cursors: CursorCodec;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.cursors = new CursorCodec(config.cursorKey);
  }

  async paginate<T extends Doc>(collection: ReadCollection<T>, filter: Filter, args: { first: number; after?: string }, sortField = '_id'): Promise<ConnectionShape<T>> {
    const after = args.after ? this.cursors.decode(sortField, args.after) : undefined;
    const afterFilter = after
      ? sortField === '_id'
        ? { _id: { $gt: after[1] } }
        : { $or: [{ [sortField]: { $gt: after[0] } }, { [sortField]: after[0], _id: { $gt: after[1] } }] }
      : undefined;
    const pageFilter = afterFilter ? { $and: [filter, afterFilter] } : filter;
    const sort = sortField === '_id' ? { _id: 1 as const } : { [sortField]: 1 as const, _id: 1 as const };
    const [docs, totalCount] = await Promise.all([collection.find(pageFilter, { sort, limit: args.first + 1 }), collection.count(filter)]);
    const page = docs.slice(0, args.first);
    const edges = page.map((node) => ({ node, cursor: this.cursors.encode(sortField, [sortValueOf(node[sortField]), node._id]) }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: docs.length > args.first,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}

/** Read models sort by scalar fields (strings, numbers); a missing value sorts as null. */
function sortValueOf(value: unknown): SortValue {
  return value === undefined ? null : (value as SortValue);
}
