import { checkText, codePointLabel, TextKind } from './text-rules';

const KINDS: TextKind[] = ['identifier', 'line', 'name', 'multiline'];
const problemsOf = (value: string, kind: TextKind = 'line') => checkText(value, kind, 'name').problems;

describe('text rules: what a string in an input may contain', () => {
  describe('refused in every kind of field, naming the field and the character', () => {
    const cases: [string, string[], RegExp][] = [
      ['C0 control characters', ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F'], /karakter kendali/],
      ['DEL and C1 control characters', ['\u007F', '\u0080', '\u0085', '\u009B', '\u009F'], /karakter kendali/],
      ['bidi controls: embeddings, overrides, isolates and marks', ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'], /pengatur arah teks/],
      ['zero-width characters', ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'], /lebar nol/],
      ['unpaired surrogates', ['\uD800', '\uDFFF'], /surrogat/],
    ];
    for (const [label, chars, description] of cases) {
      it(label, () => {
        for (const kind of KINDS) {
          for (const char of chars) {
            const [problem, ...others] = problemsOf(`Budi${char}Santoso`, kind);
            expect(others).toEqual([]);
            expect(problem).toMatch(description);
            expect(problem).toContain(`name memuat`);
            expect(problem).toContain(codePointLabel(char));
          }
        }
      });
    }

    it('line breaks and tabs outside multi-line text (U+000A, U+0009, and a lone U+000D anywhere)', () => {
      for (const kind of ['identifier', 'line', 'name'] as const) {
        expect(problemsOf('Budi\nSantoso', kind)).toEqual(['name memuat karakter kendali U+000A; hapus karakter itu']);
        expect(problemsOf('Budi\tSantoso', kind)[0]).toContain('U+0009');
      }
      expect(problemsOf('baris satu\rbaris dua', 'multiline')[0]).toContain('U+000D');
    });

    it('a refused character at the edge is not trimmed away (JavaScript trim() removes U+FEFF)', () => {
      expect(problemsOf('\uFEFFRina Siregar', 'name')[0]).toContain('U+FEFF');
      expect(problemsOf('Rina Siregar \u200B', 'multiline')[0]).toContain('U+200B');
    });

    it('lists distinct characters, one message per class, at most five code points each', () => {
      const problems = problemsOf('\u0000\u0000\u0001\u202E\u0002\u0003\u0004\u0005\u0006');
      expect(problems).toEqual([
        'name memuat karakter kendali U+0000, U+0001, U+0002, U+0003, U+0004 dan 2 lainnya; hapus karakter itu',
        'name memuat karakter pengatur arah teks U+202E; hapus karakter itu',
      ]);
    });
  });

  it('accepts what people write: letters with diacritics, apostrophes, emoji (paired surrogates), non-Latin scripts', () => {
    for (const kind of KINDS) {
      for (const value of ["Sutéja Ni'matullah", 'Dra. Hj. Siti Aisyah, M.Si.', 'Rapat 👍', 'محمد', '王小明', '800/123/BKPSDM/2025']) {
        expect(problemsOf(value, kind)).toEqual([]);
      }
    }
  });

  describe('normalisation by kind', () => {
    const decomposed = '  Sute\u0301ja  ';

    it('identifiers are kept exactly as sent', () => {
      expect(checkText(decomposed, 'identifier', 'x').value).toBe(decomposed);
    });

    it('unmarked text is composed (NFC) but not trimmed', () => {
      expect(checkText(decomposed, 'line', 'x').value).toBe('  Sut\u00E9ja  ');
    });

    it('names are composed and trimmed', () => {
      expect(checkText(decomposed, 'name', 'x').value).toBe('Sut\u00E9ja');
      expect(checkText('\u212B', 'name', 'x').value).toBe('\u00C5'); // ANGSTROM SIGN → Å: canonical equivalents become one
    });

    it('multi-line text keeps line breaks and tabs, turns CRLF into LF, and is composed and trimmed', () => {
      const { value, problems } = checkText('\r\nPasal 1\r\n\tAyat (1) berlaku sejak Ja\u0301nuari\n', 'multiline', 'x');
      expect(problems).toEqual([]);
      expect(value).toBe('Pasal 1\n\tAyat (1) berlaku sejak J\u00E1nuari');
    });
  });

  it('labels code points as U+XXXX, beyond the BMP too', () => {
    expect(codePointLabel('\u0000')).toBe('U+0000');
    expect(codePointLabel('\u202E')).toBe('U+202E');
    expect(codePointLabel('👍')).toBe('U+1F44D');
  });
});
