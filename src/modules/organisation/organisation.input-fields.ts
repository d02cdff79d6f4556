import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IdentifierText, NameText } from '@infrastructure/graphql/text-rules';
import { CODE_PATTERN, INSTANSI_ID_PATTERN, POSITION_ID_PATTERN, UNIT_ID_PATTERN } from './domain/organisation.ids';

/** Input fields shared by the organisation mutations, so every input validates ids and names alike. */

export const InstansiIdField = (description = 'Instansi slug, e.g. kota-medan.') =>
  applyDecorators(Field(() => ID, { description }), IdentifierText(), Matches(INSTANSI_ID_PATTERN, { message: '$property harus slug: a–z, 0–9 dan -, 2–64 karakter' }));

export const UnitIdField = (description = 'Unit id, `<instansiId>.<code lower-case>`.') =>
  applyDecorators(Field(() => ID, { description }), IdentifierText(), Matches(UNIT_ID_PATTERN, { message: '$property harus id unit seperti kota-medan.dinkes' }));

/** Optional unit id: null or absent means "top level". */
export const ParentUnitIdField = (description: string) =>
  applyDecorators(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    IdentifierText(),
    Matches(UNIT_ID_PATTERN, { message: '$property harus id unit seperti kota-medan.dinkes' }),
  );

export const PositionIdField = () =>
  applyDecorators(
    Field(() => ID, { description: 'Position id, `<unitId>.<code lower-case>`.' }),
    IdentifierText(),
    Matches(POSITION_ID_PATTERN, { message: '$property harus id jabatan seperti kota-medan.dinkes.kadis' }),
  );

export const CodeField = (description: string) =>
  applyDecorators(Field({ description }), IdentifierText(), Matches(CODE_PATTERN, { message: '$property harus 2–32 karakter A–Z, 0–9, _ atau -' }));

/** A display name (NFC, trimmed before it is checked). */
export const NameField = (description: string, min = 2, max = 200) => applyDecorators(Field({ description }), NameText(), IsString(), Length(min, max));
