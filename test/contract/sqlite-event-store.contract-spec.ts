import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { eventStoreContract } from './event-store.contract';

eventStoreContract('embedded SQLite', async () => new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'akt-es-')), 'events.db')));
