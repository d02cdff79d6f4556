import { normaliseTrackingId, trackingIdFor } from './tracking-id';

describe('tracking ids', () => {
  it('are 12 Crockford base32 characters in three groups, stable per command and key', () => {
    const id = trackingIdFor('key-a', 'command-1');
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(trackingIdFor('key-a', 'command-1')).toBe(id);
    expect(trackingIdFor('key-b', 'command-1')).not.toBe(id);
    expect(trackingIdFor('key-a', 'command-2')).not.toBe(id);
  });

  it('spread over the id space (no collisions in 20 000 commands)', () => {
    const ids = new Set(Array.from({ length: 20_000 }, (_, i) => trackingIdFor('key-a', `c${i}`)));
    expect(ids.size).toBe(20_000);
  });

  it('normalise what people type: case, spaces, dashes and the look-alike letters', () => {
    expect(normaliseTrackingId('7k4m q2xd 9bwt')).toBe('7K4M-Q2XD-9BWT');
    expect(normaliseTrackingId('ab1o-ilxx-0000')).toBe('AB10-11XX-0000');
    expect(normaliseTrackingId('AB1O-IL22-0000')).toBe('AB10-1122-0000');
    expect(normaliseTrackingId('7K4M-Q2XD-9BW')).toBeNull();
    expect(normaliseTrackingId('7K4M-Q2XD-9BWU')).toBeNull();
  });
});
