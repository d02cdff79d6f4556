import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Role } from '@infrastructure/auth/roles';
import { Paginator } from '@infrastructure/graphql/connection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { Actor } from '@kernel/events';
import { instansiScope } from '../../../shared';
import { isSelf } from '../../access/performance-access';
import { sumAngkaKredit } from '../../consequences/koefisien';
import { AngkaKreditEntry, AngkaKreditLedger, PERFORMANCE_ANGKA_KREDIT } from './angka-kredit.schema';

type EntryDoc = AngkaKreditEntry & { _id: string };

export class AngkaKreditLedgerQuery extends Query<AngkaKreditLedger> {
  constructor(
    readonly employeeId: string,
    readonly actor: Actor,
    readonly page: { first: number; after?: string },
  ) {
    super();
  }
}

/**
 * An employee's AK ledger: every line to the employee and to ADMIN_BKD/AUDITOR of the instansi the
 * lines belong to; nothing to anyone else (an empty ledger, whether or not one exists).
 */
@QueryHandler(AngkaKreditLedgerQuery)
export class AngkaKreditLedgerQueryHandler implements IQueryHandler<AngkaKreditLedgerQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly pages: Paginator,
  ) {}

  async execute({ employeeId, actor, page }: AngkaKreditLedgerQuery): Promise<AngkaKreditLedger> {
    const scope = instansiScope(actor, [Role.ADMIN_BKD, Role.AUDITOR]);
    const filter: Filter = isSelf(actor, employeeId) || scope === 'all' ? { employeeId } : { employeeId, instansiId: { $in: [...scope] } };
    const collection = this.readModels.collection<EntryDoc>(PERFORMANCE_ANGKA_KREDIT);
    const [entries, all] = await Promise.all([this.pages.paginate(collection, filter, page), collection.find(filter, { limit: 1000 })]);
    return { employeeId, total: sumAngkaKredit(all.map((e) => e.delta)), entries };
  }
}
