import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { BadUserInputError } from '../../kernel/errors';
import { Doc, Filter, ReadCollection } from '../document-store/document-store.port';

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
 * `_id`, so pages stay stable while documents are added. Cursors encode the last (sortValue, _id).
 */
export async function paginate<T extends Doc>(
  collection: ReadCollection<T>,
  filter: Filter,
  args: { first: number; after?: string },
  sortField = '_id',
): Promise<ConnectionShape<T>> {
  const after = args.after ? decodeCursor(args.after) : undefined;
  const afterFilter = after
    ? sortField === '_id'
      ? { _id: { $gt: after[1] } }
      : { $or: [{ [sortField]: { $gt: after[0] } }, { [sortField]: after[0], _id: { $gt: after[1] } }] }
    : undefined;
  const pageFilter = afterFilter ? { $and: [filter, afterFilter] } : filter;
  const sort = sortField === '_id' ? { _id: 1 as const } : { [sortField]: 1 as const, _id: 1 as const };
  const [docs, totalCount] = await Promise.all([
    collection.find(pageFilter, { sort, limit: args.first + 1 }),
    collection.count(filter),
  ]);
  const page = docs.slice(0, args.first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor([node[sortField] ?? null, node._id]) }));
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

function encodeCursor(key: [unknown, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): [unknown, string] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && typeof key[1] === 'string') return key as [unknown, string];
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('Invalid cursor: pass endCursor from a previous page', { field: 'after' });
}
