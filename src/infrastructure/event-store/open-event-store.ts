import { AppConfig } from '@config/config';
import { EventStore } from '@kernel/event-store.port';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** The adapter chosen by EVENT_STORE_URL: unset = embedded SQLite under DATA_DIR. */
export function openEventStore(config: AppConfig): EventStore {
  return config.eventStore.kind === 'sqlite' ? new SqliteEventStore(config.eventStore.file) : new KurrentDbEventStore(config.eventStore.url);
}
