import fc from 'fast-check';
import { v5 as uuidv5 } from 'uuid';
import { AKUNTABEL_NAMESPACE, deriveId, eventIdFor } from './ids';

describe('deriveId', () => {
  it('is the RFC 9562 v5 UUID of the joined parts, identical to the uuid package for any parts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer(), fc.double({ noNaN: true })), { maxLength: 6 }), (parts) => {
        expect(deriveId(...parts)).toBe(uuidv5(parts.join('\u001f'), AKUNTABEL_NAMESPACE));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the ids already stored: known values do not move', () => {
    expect(deriveId('command', 'admin-bkd', 'key-1')).toBe(uuidv5('command\u001fadmin-bkd\u001fkey-1', AKUNTABEL_NAMESPACE));
    expect(eventIdFor('c1', 'personnel-employee-x', 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
