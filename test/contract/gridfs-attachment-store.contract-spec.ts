import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { GridFsAttachmentStore } from '@infrastructure/attachments/gridfs/gridfs-attachment-store';
import { attachmentStoreContract } from './attachment-store.contract';

/**
 * Runs the shared contract against a real MongoDB when MONGODB_URL is set (e.g. `docker compose up -d
 * mongo` then MONGODB_URL=mongodb://localhost:27017/akuntabel_test?replicaSet=rs0), in a bucket of its
 * own. Without it the suite is reported as skipped.
 */
const url = process.env.MONGODB_URL;
let connection: mongoose.Connection | undefined;
attachmentStoreContract(
  `GridFS (${url ?? 'MONGODB_URL not set: skipped'})`,
  async () => {
    connection = await mongoose.createConnection(url!).asPromise();
    const store = GridFsAttachmentStore.onConnection(connection, `attachments_${randomUUID().slice(0, 8)}`);
    return Object.assign(store, { close: () => connection!.close() });
  },
  Boolean(url),
);
