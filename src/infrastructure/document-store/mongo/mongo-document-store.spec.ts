import mongoose from 'mongoose';
import { ServiceUnavailableError } from '@kernel/errors';
import { DuplicateKeyError } from '../document-store.port';
import { classifyWriteError, guardedUpsertArgs, hostsOf, mapMongoError, MongoDocumentStore } from './mongo-document-store';

// No MongoDB server runs here: these tests cover the adapter's pure mapping only. The adapter itself is
// verified by the document-store contract suite when MONGODB_URL points at a replica set.

const guard = (position: number) => ({ $or: [{ _lastPosition: { $exists: false } }, { _lastPosition: { $lt: position } }] });

/** A server error shaped as the driver builds it from an E11000 reply. */
function duplicateKey(index: string, keyPattern: Record<string, unknown>, keyValue: Record<string, unknown>) {
  return new mongoose.mongo.MongoServerError({
    code: 11000,
    errmsg: `E11000 duplicate key error collection: akuntabel.employees index: ${index} dup key: ${JSON.stringify(keyValue)}`,
    keyPattern,
    keyValue,
  });
}

describe('guardedUpsertArgs (builds the position-guarded write)', () => {
  it('targets the id and only documents not yet at the position', () => {
    expect(guardedUpsertArgs('e-1', { $set: { name: 'Ani' } }, 7).filter).toEqual({ _id: 'e-1', ...guard(7) });
  });

  it('adds _lastPosition to an existing $set without losing its fields', () => {
    expect(guardedUpsertArgs('e-1', { $set: { name: 'Ani' } }, 7).update).toEqual({ $set: { name: 'Ani', _lastPosition: 7 } });
  });

  it('creates $set when the update has none, keeping $inc and $push', () => {
    const update = { $inc: { count: 1 }, $push: { history: 'x' } };
    expect(guardedUpsertArgs('e-1', update, 9).update).toEqual({ ...update, $set: { _lastPosition: 9 } });
  });

  it('does not mutate the caller\'s update', () => {
    const update = { $set: { name: 'Ani' } };
    guardedUpsertArgs('e-1', update, 7);
    expect(update).toEqual({ $set: { name: 'Ani' } });
  });

  it('for a further write of the event this transaction is applying, admits the document already at that position', () => {
    expect(guardedUpsertArgs('e-1', { $set: { name: 'Ani' } }, 7, true).filter).toEqual({ _id: 'e-1', _lastPosition: { $lte: 7 } });
  });

  it('without an id gives the guard alone (for updateMany)', () => {
    expect(guardedUpsertArgs(undefined, { $set: { a: 1 } }, 3).filter).toEqual(guard(3));
  });
});

describe('classifyWriteError (maps E11000 replies)', () => {
  it('maps a duplicate _id to STALE: the guard excluded an existing document', () => {
    expect(classifyWriteError(duplicateKey('_id_', { _id: 1 }, { _id: 'e-1' }), 'employees')).toBe('STALE');
  });

  it('recognises a duplicate _id from keyPattern when the message names no index', () => {
    const error = { code: 11000, message: 'E11000', keyPattern: { _id: 1 }, keyValue: { _id: 'e-1' } };
    expect(classifyWriteError(error, 'employees')).toBe('STALE');
  });

  it('maps another unique index to DuplicateKeyError naming collection, index and key', () => {
    const verdict = classifyWriteError(duplicateKey('nip_1', { nip: 1 }, { nip: '1985' }), 'employees');
    expect(verdict).toBeInstanceOf(DuplicateKeyError);
    expect(verdict).toMatchObject({ collection: 'employees', index: 'nip_1', key: { nip: '1985' } });
  });

  it('keeps a custom index name from the server message', () => {
    const verdict = classifyWriteError(duplicateKey('unique_nip', { nip: 1 }, { nip: '1985' }), 'employees');
    expect(verdict).toMatchObject({ index: 'unique_nip' });
  });

  it('derives the index name from keyPattern when the message has none', () => {
    const error = { code: 11000, message: 'E11000', keyPattern: { unit: 1, code: -1 }, keyValue: { unit: 'u', code: 'c' } };
    expect(classifyWriteError(error, 'positions')).toMatchObject({ index: 'unit_1_code_-1', key: { unit: 'u', code: 'c' } });
  });

  it('passes any other error through unchanged', () => {
    const other = new mongoose.mongo.MongoServerError({ code: 112, errmsg: 'WriteConflict' });
    expect(classifyWriteError(other, 'employees')).toBe(other);
  });
});

describe('mapMongoError (maps unreachable-server errors)', () => {
  it('maps a server-selection failure to ServiceUnavailableError naming the host', () => {
    class MongoServerSelectionError extends Error {
      override name = 'MongoServerSelectionError';
    }
    const mapped = mapMongoError(new MongoServerSelectionError('connect ECONNREFUSED'), 'mongo:27017');
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect((mapped as ServiceUnavailableError).message).toContain('mongo:27017');
    expect((mapped as ServiceUnavailableError).code).toBe('SERVICE_UNAVAILABLE');
  });

  it("maps mongoose's MongooseServerSelectionError by name", () => {
    class MongooseServerSelectionError extends Error {
      override name = 'MongooseServerSelectionError';
    }
    expect(mapMongoError(new MongooseServerSelectionError('timed out'), 'h')).toBeInstanceOf(ServiceUnavailableError);
  });

  it("maps the driver's network errors", () => {
    expect(mapMongoError(new mongoose.mongo.MongoNetworkError('socket closed'), 'h')).toBeInstanceOf(ServiceUnavailableError);
    expect(mapMongoError(new mongoose.mongo.MongoNetworkTimeoutError('timed out'), 'h')).toBeInstanceOf(ServiceUnavailableError);
  });

  it('leaves other errors unchanged', () => {
    const duplicate = duplicateKey('nip_1', { nip: 1 }, { nip: '1' });
    expect(mapMongoError(duplicate, 'h')).toBe(duplicate);
    expect(mapMongoError('not an error', 'h')).toBe('not an error');
  });
});

describe('hostsOf (names the host in errors)', () => {
  it('drops scheme, credentials, database and options', () => {
    expect(hostsOf('mongodb://user:secret@mongo:27017/akuntabel?replicaSet=rs0')).toBe('mongo:27017');
    expect(hostsOf('mongodb://a:27017,b:27017/db')).toBe('a:27017,b:27017');
    expect(hostsOf('mongodb+srv://cluster.example.net')).toBe('cluster.example.net');
  });
});

describe('MongoDocumentStore.connect (failure path only)', () => {
  it('reports a refused connection as ServiceUnavailableError naming the host, not the credentials', async () => {
    // Nothing listens on port 1: this exercises server-selection failure, not a working server.
    const attempt = MongoDocumentStore.connect('mongodb://user:secret@127.0.0.1:1/akuntabel', { serverSelectionTimeoutMS: 300 });
    await expect(attempt).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(attempt).rejects.toThrow(/127\.0\.0\.1:1/);
    await expect(attempt).rejects.not.toThrow(/secret/);
  });
});
