import { Field, ID, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { IsLegalDate } from '@infrastructure/graphql/date-rules';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { IsEntityId } from '@modules/shared/input-rules';
import { RoundCommandInput } from '../shared/round-command-input';

@InputType({ description: 'Appoints a LULUS applicant as CPNS (calon PNS, candidate civil servant).' })
export class AppointApplicantInput extends RoundCommandInput {
  @Field(() => ID)
  @IsEntityId()
  applicantId: string;

  @Field({ description: 'NIP assigned by BKN: 18 digits, no spaces.' })
  @IdentifierText()
  @Matches(/^\d{18}$/, { message: 'nip harus tepat 18 angka, tanpa spasi' })
  nip: string;

  @Field({ description: 'TMT CPNS (effective date of appointment), the 1st of a month: YYYY-MM-01.' })
  @IsLegalDate()
  tmtCpns: string;

  @Field({ description: 'Golongan ruang at appointment, e.g. III_A (III/a) for S1, II_C for D-III.' })
  @IdentifierText()
  @Matches(/^(I_[A-D]|II_[A-D]|III_[A-D]|IV_[A-E])$/, { message: 'golongan harus salah satu dari I_A … IV_E' })
  golongan: string;
}
