import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@config/config';
import { DOCUMENT_STORE, DocumentStore } from '../document-store/document-store.port';
import { PersonalDataCipher } from './personal-data-cipher';
import { DocumentSubjectKeyStore, SqliteSubjectKeyStore, SubjectKeyStore } from './subject-key-store';

export const SUBJECT_KEY_STORE = Symbol('SUBJECT_KEY_STORE');

/** The key store follows the read store: `DATA_DIR/subject-keys.db` when embedded, `_subject_keys` on MongoDB. */
export function openSubjectKeyStore(config: AppConfig, docs: DocumentStore): SubjectKeyStore {
  return config.readStore.kind === 'embedded' ? SqliteSubjectKeyStore.open(join(config.dataDir, 'subject-keys.db')) : new DocumentSubjectKeyStore(docs);
}

class SubjectKeyStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(SUBJECT_KEY_STORE) private readonly store: SubjectKeyStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Per-subject encryption of personal data in events (crypto-shredding): PersonalDataCipher for every module. */
@Global()
@Module({
  providers: [
    { provide: SUBJECT_KEY_STORE, inject: [APP_CONFIG, DOCUMENT_STORE], useFactory: openSubjectKeyStore },
    { provide: PersonalDataCipher, inject: [SUBJECT_KEY_STORE, APP_CONFIG], useFactory: (keys: SubjectKeyStore, config: AppConfig) => new PersonalDataCipher(keys, Buffer.from(config.subjectMasterKey, 'hex')) },
    SubjectKeyStoreLifecycle,
  ],
  exports: [PersonalDataCipher],
})
export class SubjectKeysModule {}
