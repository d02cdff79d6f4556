import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { FixedClock } from '@kernel/clock';
import { BadUserInputError } from '@kernel/errors';
import { IsBirthDate, IsLegalDate, IsPlannedDate } from './date-rules';
import { IdentifierText, MultilineText, NameText } from './text-rules';
import { FieldProblem, InputValidationPipe } from './validation';

class LegalBasis {
  @NameText() @IsString() @Length(1, 200) skNumber: string;
  @IsLegalDate() skDate: string;
}

class PersonInput {
  @IdentifierText() @Matches(/^\d{18}$/) nip: string;
  @NameText() @IsString() @Length(2, 200) name: string;
  @IsBirthDate() birthDate: string;
  @IsLegalDate() tmt: string;
  @IsOptional() @IsPlannedDate() until?: string;
  @IsOptional() @MultilineText() @IsString() note?: string;
  @IsOptional() @IsString() nickname?: string;
  @IsOptional() @IsArray() @NameText() @IsString({ each: true }) majors?: string[];
  @ValidateNested() @Type(() => LegalBasis) legalBasis: LegalBasis;
}

const ARGS: ArgumentMetadata = { type: 3 as unknown as ArgumentMetadata['type'], metatype: PersonInput, data: 'input' };
const valid = {
  nip: '198609262015051001',
  name: 'Budi Santoso',
  birthDate: '1986-09-26',
  tmt: '2015-05-01',
  legalBasis: { skNumber: '800/123/BKPSDM/2015', skDate: '2015-04-20' },
};

describe('the validation pipe: one place for every input', () => {
  const clock = new FixedClock(new Date('2026-12-02T03:00:00Z'));
  const pipe = new InputValidationPipe(clock);

  /** The `fields` of the BAD_USER_INPUT the pipe throws for `input`. */
  async function refusedFields(input: object, metadata = ARGS): Promise<FieldProblem[]> {
    const error = await pipe.transform(input, metadata).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).details!.fields as FieldProblem[];
  }

  it('accepts a plausible input and answers an instance of the input class', async () => {
    const result = await pipe.transform(structuredClone(valid), ARGS);
    expect(result).toBeInstanceOf(PersonInput);
    expect(result).toMatchObject(valid);
  });

  it('normalises every string by its field kind before the other rules see it', async () => {
    const result = (await pipe.transform(
      { ...structuredClone(valid), name: '  Sute\u0301ja ', nickname: ' Ute\u0301 ', note: 'Baris 1\r\nBaris 2 ', majors: [' Teknik Informatika ', 'Sistem Informasi'], legalBasis: { ...valid.legalBasis, skNumber: ' 800/1 ' } },
      ARGS,
    )) as PersonInput;
    expect(result.name).toBe('Sut\u00E9ja');
    expect(result.nickname).toBe(' Ut\u00E9 ');
    expect(result.note).toBe('Baris 1\nBaris 2');
    expect(result.majors).toEqual(['Teknik Informatika', 'Sistem Informasi']);
    expect(result.legalBasis.skNumber).toBe('800/1');
    expect(await refusedFields({ ...valid, name: '  B  ' })).toEqual([{ field: 'name', problems: ['name paling sedikit 2 karakter'] }]);
  });

  it('names every field with a refused character, nested and in arrays, with each code point', async () => {
    const fields = await refusedFields({
      ...valid,
      nip: '19860926201505100\u200B',
      note: 'ok\n\tok\u0007',
      nickname: 'x\u202Ey',
      majors: ['Teknik', 'Sistem\u0000'],
      legalBasis: { ...valid.legalBasis, skNumber: '800\u2066/1' },
    });
    expect(fields).toEqual([
      { field: 'nip', problems: ['nip memuat karakter tak terlihat (lebar nol) U+200B; hapus karakter itu', 'nip tidak sesuai format yang diminta (/^\\d{18}$/)'] },
      { field: 'note', problems: ['note memuat karakter kendali U+0007; hapus karakter itu'] },
      { field: 'nickname', problems: ['nickname memuat karakter pengatur arah teks U+202E; hapus karakter itu'] },
      { field: 'majors.1', problems: ['majors memuat karakter kendali U+0000; hapus karakter itu'] },
      { field: 'legalBasis.skNumber', problems: ['skNumber memuat karakter pengatur arah teks U+2066; hapus karakter itu'] },
    ]);
  });

  it('checks dates by kind against the injected clock, nested ones too', async () => {
    const fields = await refusedFields({ ...valid, birthDate: '2026-12-03', tmt: '1940-05-01', until: '2047-01-01', legalBasis: { ...valid.legalBasis, skDate: '2027-12-03' } });
    expect(fields).toEqual([
      { field: 'birthDate', problems: ['birthDate tidak boleh di masa depan (hari ini 2026-12-02)'] },
      { field: 'tmt', problems: ['tmt tidak boleh sebelum 17 Agustus 1945 (Proklamasi Kemerdekaan)'] },
      { field: 'until', problems: ['until tidak boleh lebih dari 20 tahun ke depan (paling lambat 2046-12-02)'] },
      { field: 'legalBasis.skDate', problems: ['skDate tidak boleh lebih dari satu tahun ke depan (paling lambat 2027-12-02)'] },
    ]);
  });

  it('moves with the clock: the same input is refused one day and accepted the next', async () => {
    const late = { ...structuredClone(valid), birthDate: '2026-12-10' };
    expect(await refusedFields(late)).toEqual([{ field: 'birthDate', problems: [expect.stringContaining('masa depan')] }]);
    clock.set('2026-12-10T00:00:00Z');
    try {
      await expect(pipe.transform(structuredClone(late), ARGS)).resolves.toMatchObject({ birthDate: '2026-12-10' });
    } finally {
      clock.set('2026-12-02T03:00:00Z');
    }
  });

  it('checks a bare argument (not a class) too, and answers it normalised', async () => {
    const id: ArgumentMetadata = { type: 3 as unknown as ArgumentMetadata['type'], metatype: String, data: 'id' };
    expect(await refusedFields('kota-medan\u202E' as unknown as object, id)).toEqual([{ field: 'id', problems: ['id memuat karakter pengatur arah teks U+202E; hapus karakter itu'] }]);
    expect(await pipe.transform('Pe\u0301ngujian', id)).toBe('P\u00E9ngujian');
    const ids: ArgumentMetadata = { ...id, metatype: Array, data: 'ids' };
    expect(await refusedFields(['a', 'b\u0000'], ids)).toEqual([{ field: 'ids.1', problems: ['ids memuat karakter kendali U+0000; hapus karakter itu'] }]);
  });

  it('leaves the values of custom parameter decorators (the actor, the request) alone', async () => {
    const custom: ArgumentMetadata = { type: 'custom', metatype: String, data: undefined };
    expect(await pipe.transform('raw\u0000', custom)).toBe('raw\u0000');
  });

  it('still refuses unknown fields', async () => {
    expect(await refusedFields({ ...valid, extra: 'x' })).toEqual([{ field: 'extra', problems: ['extra bukan field yang dikenal; hapus field itu'] }]);
  });

  describe('remembers valid inputs', () => {
    const validateCalls = () => jest.spyOn(ValidationPipe.prototype as unknown as { validate: () => unknown }, 'validate');
    afterEach(() => jest.restoreAllMocks());

    it('a repeat of a valid input skips class-transformer and class-validator and answers its own normalised instance', async () => {
      const fresh = new InputValidationPipe(new FixedClock(new Date('2026-12-02T03:00:00Z')));
      const calls = validateCalls();
      const sent = () => ({ ...structuredClone(valid), name: '  Budi Santoso ' });
      const first = (await fresh.transform(sent(), ARGS)) as PersonInput;
      first.name = 'changed by a resolver';
      first.legalBasis.skNumber = 'changed too';
      const again = (await fresh.transform(sent(), ARGS)) as PersonInput;
      expect(again).toBeInstanceOf(PersonInput);
      expect(again.name).toBe('Budi Santoso');
      expect(again.legalBasis).toBeInstanceOf(LegalBasis);
      expect(again.legalBasis.skNumber).toBe(valid.legalBasis.skNumber);
      expect(again).not.toBe(first);
      expect(calls).toHaveBeenCalledTimes(1);
    });

    it('judges again on another day: a valid verdict holds for its day only', async () => {
      const clock = new FixedClock(new Date('2026-12-02T03:00:00Z'));
      const fresh = new InputValidationPipe(clock);
      const oldest = { ...structuredClone(valid), birthDate: '1926-12-02' };
      await expect(fresh.transform(structuredClone(oldest), ARGS)).resolves.toBeInstanceOf(PersonInput);
      clock.set('2026-12-03T03:00:00Z');
      const error = await fresh.transform(structuredClone(oldest), ARGS).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadUserInputError);
    });

    it('never remembers a refusal, and keeps classes of the same name apart', async () => {
      const fresh = new InputValidationPipe(new FixedClock(new Date('2026-12-02T03:00:00Z')));
      const Lenient = (() => {
        class Names {
          @IsString() name: string;
        }
        return Names;
      })();
      const Strict = (() => {
        class Names {
          @IsString() @Length(5, 10) name: string;
        }
        return Names;
      })();
      const as = (metatype: Function): ArgumentMetadata => ({ ...ARGS, metatype: metatype as ArgumentMetadata['metatype'] });
      await expect(fresh.transform({ name: 'Ani' }, as(Lenient))).resolves.toBeInstanceOf(Lenient);
      await expect(fresh.transform({ name: 'Ani' }, as(Strict))).rejects.toBeInstanceOf(BadUserInputError);
      await expect(fresh.transform({ name: 'Ani' }, as(Strict))).rejects.toBeInstanceOf(BadUserInputError);
    });
  });
});

