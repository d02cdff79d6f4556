import { createHmac } from 'node:crypto';
import { BadUserInputError } from '@kernel/errors';
import { CursorCodec } from './cursor';

const SECRET = 'k'.repeat(32);
const codec = new CursorCodec(SECRET);

/** What an attacker who knows the format but not the key would send: the old, unsigned cursor. */
const unsigned = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
/** A cursor signed with the real key (as if it leaked), to show the shape check holds on its own. */
const signed = (sortField: string, key: unknown) => {
  const payload = unsigned(key);
  const mac = createHmac('sha256', SECRET).update(`${sortField}\n${payload}`).digest().subarray(0, 16);
  return `${payload}.${mac.toString('base64url')}`;
};

describe('CursorCodec', () => {
  it('round-trips scalar sort values with the id', () => {
    for (const key of [['Ani', 'emp-1'], [7, 'app-7'], [null, 'x'], [true, 'y']] as const) {
      expect(codec.decode('name', codec.encode('name', key))).toEqual(key);
    }
  });

  it.each([
    ['an operator in the sort value', [{ $where: 'sleep(5000) || true' }, 'x']],
    ['a catastrophic $regex', [{ $regex: '^(a+)+$' }, 'x']],
    ['an operator in the id', ['Ani', { $gt: '' }]],
    ['a $function', [{ $function: { body: 'function(){return true}', args: [], lang: 'js' } }, 'x']],
  ])('refuses an unsigned cursor carrying %s', (_, key) => {
    expect(() => codec.decode('name', unsigned(key))).toThrow(BadUserInputError);
  });

  it('refuses a validly signed cursor whose key is not (scalar, string id)', () => {
    expect(codec.decode('name', signed('name', ['Ani', 'emp-1']))).toEqual(['Ani', 'emp-1']);
    for (const key of [[{ $where: '1' }, 'x'], [['a'], 'x'], ['a', 1], ['a', 'b', 'c'], { 0: 'a', 1: 'b' }, [{}, 'x'], 'a']) {
      expect(() => codec.decode('name', signed('name', key))).toThrow(BadUserInputError);
    }
  });

  it('refuses a tampered cursor, one issued for another ordering, and one signed with another key', () => {
    const cursor = codec.encode('name', ['Ani', 'emp-1']);
    const [payload, mac] = cursor.split('.');
    const forgedPayload = unsigned(['Zed', 'emp-9']);
    expect(() => codec.decode('name', `${forgedPayload}.${mac}`)).toThrow(BadUserInputError);
    expect(() => codec.decode('name', `${payload}.${mac.slice(0, -2)}AA`)).toThrow(BadUserInputError);
    expect(() => codec.decode('openedAt', cursor)).toThrow(BadUserInputError);
    expect(() => new CursorCodec('o'.repeat(32)).decode('name', cursor)).toThrow(BadUserInputError);
  });

  it('refuses garbage and oversized cursors with a message that says what to send', () => {
    for (const cursor of ['', '.', 'abc', 'a.b.c', '%%%.%%%', 'x'.repeat(5000)]) {
      expect(() => codec.decode('name', cursor)).toThrow('Cursor tidak valid');
    }
  });
});
