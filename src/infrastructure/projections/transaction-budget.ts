import { Doc, DocumentTransaction, Filter, ReadCollection, Update } from '../document-store/document-store.port';

/** How much one projection transaction may do before the runner commits and starts the next. */
export interface Budget {
  readonly maxWrites: number;
  readonly maxMs: number;
}

/**
 * MongoDB aborts a transaction that runs longer than transactionLifetimeLimitSeconds (60 s by default)
 * and a large one strains the server's cache; a catch-up page of 1,000 events can reach both. Ten
 * seconds and 5,000 writes leave a wide margin and still amortise each commit over many events.
 */
export const TRANSACTION_BUDGET: Budget = { maxWrites: 5000, maxMs: 10_000 };

/** A transaction that counts its writes and its age, so the runner can tell when to commit. */
export class BudgetedTransaction implements DocumentTransaction {
  private writes = 0;
  private readonly started = Date.now();

  constructor(
    private readonly tx: DocumentTransaction,
    private readonly budget: Budget,
  ) {}

  /** True once the writes or the time so far reach the budget. */
  spent(): boolean {
    return this.writes >= this.budget.maxWrites || Date.now() - this.started >= this.budget.maxMs;
  }

  collection<T extends Doc = Doc>(name: string): ReadCollection<T> {
    return this.tx.collection<T>(name);
  }

  upsert(collection: string, id: string, update: Update, position: number): Promise<void> {
    this.writes++;
    return this.tx.upsert(collection, id, update, position);
  }

  updateMany(collection: string, filter: Filter, update: Update, position: number): Promise<number> {
    this.writes++;
    return this.tx.updateMany(collection, filter, update, position);
  }

  delete(collection: string, id: string, position: number): Promise<void> {
    this.writes++;
    return this.tx.delete(collection, id, position);
  }

  put(collection: string, doc: Doc): Promise<void> {
    this.writes++;
    return this.tx.put(collection, doc);
  }
}
