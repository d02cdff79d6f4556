import { MongoDocumentStore } from '@infrastructure/document-store/mongo/mongo-document-store';
import { documentStoreContract } from './document-store.contract';

/**
 * Runs the shared contract against a real MongoDB replica set when MONGODB_URL is set
 * (e.g. `docker compose up -d mongo` then MONGODB_URL=mongodb://localhost:27017/akuntabel_test?replicaSet=rs0).
 * Without it the suite is reported as skipped. It prints its catch-up rate (events/s).
 */
const url = process.env.MONGODB_URL;
documentStoreContract(`MongoDB (${url ?? 'MONGODB_URL not set: skipped'})`, async () => MongoDocumentStore.connect(url!), Boolean(url), { reportRate: true });
