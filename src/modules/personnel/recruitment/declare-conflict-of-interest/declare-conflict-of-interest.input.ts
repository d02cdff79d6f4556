import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { CONFLICT_RELATIONS, ConflictRelation } from '../recruitment.vocabulary';
import { ConflictRelationEnum } from '../read-models/recruitment.enums';
import { IsEntityId, RoundCommandInput } from '../shared/input-rules';

@InputType({ description: 'A panel member’s declaration of a relation with an applicant.' })
export class DeclareConflictOfInterestInput extends RoundCommandInput {
  @Field(() => ID)
  @IsEntityId()
  memberId: string;

  @Field(() => ID)
  @IsEntityId()
  applicantId: string;

  @Field(() => ConflictRelationEnum)
  @IsIn(CONFLICT_RELATIONS)
  relation: ConflictRelation;
}
