import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, Length, ValidateNested } from 'class-validator';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { NameText } from '@infrastructure/graphql/text-rules';
import { LegalBasis } from './legal-basis';

/** The GraphQL input of a legal basis, for every module whose changes rest on an SK. */
@InputType({ description: 'Dasar hukum: the SK (surat keputusan, decision letter) that authorises the change.' })
export class LegalBasisInput {
  @Field({ description: 'SK number, e.g. 800/123/BKPSDM/2025.' })
  @NameText()
  @IsString()
  @Length(1, 200)
  skNumber: string;

  @Field({ description: 'SK date (YYYY-MM-DD).' })
  @IsLegalDate()
  skDate: string;
}

export const LegalBasisField = () =>
  applyDecorators(
    Field(() => LegalBasisInput),
    ValidateNested(),
    Type(() => LegalBasisInput),
  );

/** A plain legal basis for the domain command (events store plain data, not input class instances). */
export function legalBasisOf(input: LegalBasisInput): LegalBasis {
  return { skNumber: input.skNumber, skDate: input.skDate };
}
