import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CONFLICT_RELATIONS, ConflictRelation, RELATION_SOURCES, RelationSource } from '../recruitment.vocabulary';
import { ConflictRelationEnum, RelationSourceEnum } from '../read-models/recruitment.enums';
import { IsEntityId, RoundCommandInput } from '../shared/input-rules';

@InputType({ description: 'A relation between a panel member and an applicant found by someone other than the member.' })
export class RecordKnownRelationInput extends RoundCommandInput {
  @Field(() => ID)
  @IsEntityId()
  memberId: string;

  @Field(() => ID)
  @IsEntityId()
  applicantId: string;

  @Field(() => ConflictRelationEnum)
  @IsIn(CONFLICT_RELATIONS)
  relation: ConflictRelation;

  @Field(() => RelationSourceEnum)
  @IsIn(RELATION_SOURCES)
  source: RelationSource;

  @Field(() => String, { nullable: true, description: 'Where the evidence is (no personal data beyond need).' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}
