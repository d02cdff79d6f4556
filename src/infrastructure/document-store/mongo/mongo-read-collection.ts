import { ClientSession, Model } from 'mongoose';
import { Doc, Filter, FindOptions, ReadCollection } from '../document-store.port';
import { assertSafeFilter, assertSafeId, assertSafePipeline } from '../query-guard';

/**
 * Reads of one collection, inside a transaction's session or outside. `before` runs ahead of every read
 * (a transaction sends its buffered writes, so its reads see them).
 */
export class MongoReadCollection<T extends Doc> implements ReadCollection<T> {
  constructor(
    private readonly resolve: () => Model<any>,
    private readonly session: ClientSession | undefined,
    private readonly mapError: (error: unknown) => unknown = (error) => error,
    private readonly before: () => Promise<void> = async () => undefined,
  ) {}

  findById(id: string): Promise<T | null> {
    return this.run(async () => {
      assertSafeId(id);
      return this.findOne({ _id: id });
    });
  }

  findOne(filter: Filter): Promise<T | null> {
    return this.run(async () => {
      assertSafeFilter(filter);
      const doc = await this.resolve().findOne(filter).session(this.session ?? null).lean<Doc>();
      return doc ? (withoutVersion(doc) as T) : null;
    });
  }

  find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return this.run(async () => {
      assertSafeFilter(filter);
      const query = this.resolve().find(filter).session(this.session ?? null);
      if (options.sort) query.sort(options.sort);
      if (options.skip !== undefined) query.skip(options.skip);
      if (options.limit !== undefined) query.limit(options.limit);
      const docs = await query.lean<Doc[]>();
      return docs.map((doc) => withoutVersion(doc) as T);
    });
  }

  count(filter: Filter): Promise<number> {
    return this.run(() => {
      assertSafeFilter(filter);
      return this.resolve().countDocuments(filter).session(this.session ?? null).exec();
    });
  }

  aggregate<R = any>(pipeline: Record<string, any>[]): Promise<R[]> {
    return this.run(() => {
      assertSafePipeline(pipeline);
      return this.resolve().aggregate<R>(pipeline as any[]).session(this.session ?? null).exec();
    });
  }

  private async run<V>(read: () => Promise<V>): Promise<V> {
    try {
      await this.before();
      return await read();
    } catch (error) {
      throw this.mapError(error);
    }
  }
}

function withoutVersion(doc: Doc): Doc {
  if (!('__v' in doc)) return doc;
  const { __v: _version, ...rest } = doc;
  return rest as Doc;
}
