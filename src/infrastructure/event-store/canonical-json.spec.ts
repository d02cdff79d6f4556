import canonicalize from 'canonicalize';
import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  const samples: unknown[] = [
    { b: 2, a: 1, c: { z: [1, 'two', null, true], y: undefined } },
    { '\u20ac': 'euro', '\r': 'cr', '1': 'one', a: 'a', 'é': 'e-acute', '😀': 'emoji' },
    { numbers: [0, -0, 1e21, 1e-7, 123.456, -1.5e-10, 9007199254740991, 0.1 + 0.2] },
    { escapes: 'line\nbreak "quoted" \\ \u0001 \u2028' },
    [[], {}, [{}], { nested: { deeper: { deepest: [1, { k: 'v' }] } } }],
    { actor: { id: 'x', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] }, revision: 0, data: { nip: '198609262015051001' } },
  ];

  it.each(samples.map((s) => [JSON.stringify(s).slice(0, 40), s]))('matches the canonicalize reference for %s', (_, sample) => {
    expect(canonicalJson(sample)).toBe(canonicalize(sample));
  });

  it('orders keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3 })).toBe('{"B":2,"a":3,"b":1}');
  });

  it('refuses values JSON cannot represent', () => {
    expect(() => canonicalJson({ x: NaN })).toThrow('JCS cannot represent NaN');
    expect(() => canonicalJson({ x: () => 1 })).toThrow();
  });
});

describe('hashEvent', () => {
  it('hashes the canonical JSON of exactly the documented fields', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { hashEvent } = require('./hash-chain');
    const { createHash } = require('node:crypto');
    const fields = {
      prevHash: '0'.repeat(64),
      streamId: 'personnel-employee-1',
      revision: 3,
      type: 'personnel.EmployeeTransferred',
      schemaVersion: 1,
      data: { to: { unitId: 'kota-medan.dinkes' }, employeeId: '1' },
      occurredAt: '2026-01-05T03:00:00.000Z',
      actor: { id: 'a', roles: [{ role: 'ADMIN_BKD' }] },
      commandId: 'c-1',
    };
    const expected = createHash('sha256').update(canonicalize(fields)!).digest('hex');
    expect(hashEvent({ ...fields, recordedAt: 'ignored', position: 99 })).toBe(expected);
  });
});

describe('hash scheme 2', () => {
  it('hashes the canonical JSON of every writer-controlled field and the scheme number', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { hashEvent, sealEvents, GENESIS_HASH } = require('./hash-chain');
    const { createHash } = require('node:crypto');
    const fields = {
      eventId: 'e-1',
      prevHash: '0'.repeat(64),
      streamId: 'personnel-employee-1',
      revision: 3,
      type: 'personnel.EmployeeTransferred',
      schemaVersion: 1,
      data: { to: { unitId: 'kota-medan.dinkes' }, employeeId: '1' },
      occurredAt: '2026-01-05T03:00:00.000Z',
      actor: { id: 'a', roles: [{ role: 'ADMIN_BKD' }] },
      reason: 'SK 800/1/2026',
      commandId: 'c-1',
      correlationId: 'k-1',
      causationId: 'c-0',
    };
    const sha = (value: object) => createHash('sha256').update(canonicalize(value)!).digest('hex');
    expect(hashEvent({ ...fields, hashScheme: 2 })).toBe(sha({ ...fields, hashScheme: 2 }));
    const { reason: _reason, ...withoutReason } = fields;
    expect(hashEvent({ ...withoutReason, hashScheme: 2 })).toBe(sha({ ...withoutReason, hashScheme: 2 }));
    // Each field added by scheme 2 changes the hash.
    for (const field of ['eventId', 'reason', 'correlationId', 'causationId'] as const) {
      expect(hashEvent({ ...fields, [field]: `${fields[field]}x`, hashScheme: 2 })).not.toBe(hashEvent({ ...fields, hashScheme: 2 }));
    }
    const [sealed] = sealEvents(fields.streamId, [{ eventId: fields.eventId, type: fields.type, schemaVersion: 1, data: fields.data, metadata: fields }], { revision: 3, prevHash: GENESIS_HASH });
    expect(sealed).toMatchObject({ hashScheme: 2, hash: sha({ ...fields, hashScheme: 2 }) });
    expect(() => hashEvent({ ...fields, hashScheme: 3 })).toThrow(/Unknown hash scheme 3/);
  });
});
