import { KurrentDbEventStore } from '@infrastructure/event-store/kurrentdb/kurrentdb-event-store';
import { eventStoreContract } from './event-store.contract';

/**
 * Runs the shared contract against a real EventStoreDB/KurrentDB when EVENT_STORE_URL is set
 * (e.g. `docker compose up -d kurrentdb` then EVENT_STORE_URL=kurrentdb://localhost:2113?tls=false).
 * Without it the suite is reported as skipped.
 */
const url = process.env.EVENT_STORE_URL;
eventStoreContract(`KurrentDB (${url ?? 'EVENT_STORE_URL not set: skipped'})`, async () => new KurrentDbEventStore(url!), Boolean(url));
