import { englishMessage, preferredLanguage, registerEnglishMessages } from '@kernel/messages';
import { inLanguage } from './error-language';

describe('error language (Accept-Language → Bahasa Indonesia or English)', () => {
  registerEnglishMessages({ 'TEST.RULE_A': 'Rule A in English', 'TEST.RULE_B': 'Rule B in English' });

  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.1,id;q=0.5', 'id'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr-FR', 'id'],
    ['en;q=0', 'id'],
    ['EN-us , id;q=0.3', 'en'],
  ])('%j → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });

  it('translates a domain error by rule code, each violation too, and keeps every other extension', () => {
    const error = {
      message: 'A dalam bahasa Indonesia; B dalam bahasa Indonesia; C',
      path: ['x'],
      extensions: {
        code: 'DOMAIN_RULE_VIOLATION',
        rule: 'TEST.RULE_A',
        phase: 'OPEN',
        violations: [
          { rule: 'TEST.RULE_A', message: 'A dalam bahasa Indonesia' },
          { rule: 'TEST.RULE_B', message: 'B dalam bahasa Indonesia' },
          { rule: 'TEST.UNCATALOGUED', message: 'C' },
        ],
      },
    };
    expect(inLanguage(error, 'id')).toBe(error);
    expect(inLanguage(error, 'en')).toEqual({
      message: 'Rule A in English; Rule B in English; C',
      path: ['x'],
      extensions: {
        code: 'DOMAIN_RULE_VIOLATION',
        rule: 'TEST.RULE_A',
        phase: 'OPEN',
        violations: [
          { rule: 'TEST.RULE_A', message: 'Rule A in English' },
          { rule: 'TEST.RULE_B', message: 'Rule B in English' },
          { rule: 'TEST.UNCATALOGUED', message: 'C' },
        ],
      },
    });
  });

  it('translates other errors by CODE:reason, then CODE, with their extensions as parameters', () => {
    const enumError = { message: 'Masukan tidak valid — …', extensions: { code: 'BAD_USER_INPUT', reason: 'ENUM_VALUE_INVALID', field: 'input.kind', value: 'X', allowedValues: ['A', 'B'] } };
    expect(inLanguage(enumError, 'en').message).toBe('input.kind does not accept "X": use one of A, B');
    const stale = { message: 'Data ini sudah diubah …', extensions: { code: 'CONFLICT', streamId: 'unregistered-stream-1', expectedRevision: 3, actualRevision: 5 } };
    expect(inLanguage(stale, 'en').message).toBe(
      'This record was changed by someone else (it is now at revision 5; you sent revision 3): reload it, then send your change again with the latest expectedRevision',
    );
    expect(inLanguage({ message: 'Masukan tidak valid — name: …', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', problems: [] }] } }, 'en').message).toBe('Invalid input in: name');
    // An error with no catalogued sentence keeps its message.
    const uncatalogued = { message: 'Aturan modul lain', extensions: { code: 'DOMAIN_RULE_VIOLATION', rule: 'TEST.UNCATALOGUED' } };
    expect(inLanguage(uncatalogued, 'en')).toEqual(uncatalogued);
    const depth = { message: 'Kueri terlalu dalam: kedalaman maksimum 3', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'DEPTH', max: 3, found: 5 } };
    expect(inLanguage(depth, 'en').message).toBe('The query exceeds the DEPTH limit (5, at most 3); nothing ran');
  });

  it('refuses a second, different sentence for one key', () => {
    expect(() => registerEnglishMessages({ 'TEST.RULE_A': 'Another sentence' })).toThrow('registered twice');
    expect(englishMessage('TEST.RULE_A')).toBe('Rule A in English');
  });
});
