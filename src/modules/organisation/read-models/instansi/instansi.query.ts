import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '@infrastructure/projections/read-models';
import { INSTANSI, Instansi } from './instansi.schema';

type InstansiDoc = Instansi & { _id: string };

export class InstansiListQuery extends Query<Instansi[]> {}

export class InstansiQuery extends Query<Instansi | null> {
  constructor(readonly instansiId: string) {
    super();
  }
}

@QueryHandler(InstansiListQuery)
export class InstansiListQueryHandler implements IQueryHandler<InstansiListQuery> {
  constructor(private readonly readModels: ReadModels) {}

  /** A handful of instansi per deployment (Kota Medan, Kota Binjai…): a plain list, not a connection. */
  execute(): Promise<Instansi[]> {
    return this.readModels.collection<InstansiDoc>(INSTANSI).find({}, { sort: { _id: 1 } });
  }
}

@QueryHandler(InstansiQuery)
export class InstansiQueryHandler implements IQueryHandler<InstansiQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute(query: InstansiQuery): Promise<Instansi | null> {
    return this.readModels.collection<InstansiDoc>(INSTANSI).findById(query.instansiId);
  }
}
