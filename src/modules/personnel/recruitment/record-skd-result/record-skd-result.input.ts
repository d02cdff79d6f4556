import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { SKD_RESULT_SOURCES, SkdResultSource } from '../recruitment.vocabulary';
import { SkdResultSourceEnum } from '../read-models/recruitment.enums';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { IsEntityId } from '@modules/shared/input-rules';
import { RoundCommandInput } from '../shared/round-command-input';

/** Scores are checked against the round's reference (maxima, attainable steps) by the decider. */
@InputType({ description: 'One applicant’s SKD result from a BKN CAT import.' })
export class RecordSkdResultInput extends RoundCommandInput {
  @Field(() => ID)
  @IsEntityId()
  applicantId: string;

  @Field(() => Int, { description: 'Tes Wawasan Kebangsaan score.' })
  @IsInt()
  @Min(0)
  @Max(1000)
  twk: number;

  @Field(() => Int, { description: 'Tes Intelegensia Umum score.' })
  @IsInt()
  @Min(0)
  @Max(1000)
  tiu: number;

  @Field(() => Int, { description: 'Tes Karakteristik Pribadi score.' })
  @IsInt()
  @Min(0)
  @Max(1000)
  tkp: number;

  @Field(() => SkdResultSourceEnum)
  @IsIn(SKD_RESULT_SOURCES)
  source: SkdResultSource;

  @Field({ description: 'Id of the BKN CAT result file (import batch).' })
  @IdentifierText()
  @IsString()
  @Length(1, 100)
  importBatchId: string;

  @Field(() => ID, { description: 'The panel member recording (verifying) the import for this applicant.' })
  @IsEntityId()
  recordedByMemberId: string;
}
