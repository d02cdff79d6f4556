import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '@config/config';
import { DOCUMENT_STORE, DocumentStore } from '../document-store/document-store.port';
import { MongoDocumentStore } from '../document-store/mongo/mongo-document-store';
import { AttachmentAccess } from './attachment-access';
import { ATTACHMENT_STORE, AttachmentStore } from './attachment-store.port';
import { AttachmentUploads } from './attachment-uploads';
import { AttachmentsController } from './attachments.controller';
import { FilesystemAttachmentStore } from './embedded/filesystem-attachment-store';
import { GridFsAttachmentStore } from './gridfs/gridfs-attachment-store';

/** Files follow the read store: under DATA_DIR/attachments when embedded, GridFS on MongoDB. */
export async function openAttachmentStore(config: AppConfig, docs: DocumentStore): Promise<AttachmentStore> {
  if (config.readStore.kind === 'embedded') return FilesystemAttachmentStore.open(join(config.dataDir, 'attachments'));
  // Never fall back to local files on MongoDB: other instances would not see them.
  if (!(docs instanceof MongoDocumentStore)) throw new Error('READ_STORE_URL is MongoDB but the read store has no mongoose connection for GridFS');
  return GridFsAttachmentStore.onConnection(docs.connection);
}

class AttachmentStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(ATTACHMENT_STORE) private readonly store: AttachmentStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Evidence files: the store, upload records, the reference registry modules register with, and the HTTP endpoints. */
@Global()
@Module({
  controllers: [AttachmentsController],
  providers: [
    { provide: ATTACHMENT_STORE, inject: [APP_CONFIG, DOCUMENT_STORE], useFactory: openAttachmentStore },
    AttachmentUploads,
    AttachmentAccess,
    AttachmentStoreLifecycle,
  ],
  exports: [ATTACHMENT_STORE, AttachmentAccess],
})
export class AttachmentsModule {}
