import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@config/config';
import { DOCUMENT_STORE, Doc, DocumentStore, ReadCollection } from '../document-store/document-store.port';
import { ProjectionRunner } from './projection-runner';

/**
 * What query handlers use: read models by their logical names (resolved to the generation being
 * served) and read-your-writes waiting.
 */
@Injectable()
export class ReadModels {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly docs: DocumentStore,
    private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  collection<T extends Doc = Doc>(logical: string): ReadCollection<T> {
    return this.docs.collection<T>(this.runner.servingCollection(logical));
  }

  /**
   * Waits (bounded by READ_YOUR_WRITES_TIMEOUT_MS) until the named projections have applied `position`.
   * Returns false on timeout: the caller still answers, from possibly older data.
   */
  waitFor(position: number, ...projections: string[]): Promise<boolean> {
    return this.runner.waitFor(position, projections, this.config.readYourWritesTimeoutMs);
  }
}
