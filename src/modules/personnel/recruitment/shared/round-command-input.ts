import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IsEntityId } from '@modules/shared/input-rules';
import { ConflictRelationEnum } from '../read-models/recruitment.enums';
import { CONFLICT_RELATIONS, ConflictRelation } from '../recruitment.vocabulary';

/** Every command on an existing round names it. */
@InputType({ isAbstract: true })
export abstract class RoundCommandInput extends CommandInput {
  @Field(() => ID)
  @IsEntityId()
  roundId: string;
}

/** A relation between a panel member and an applicant: declared by the member, or found by others. */
@InputType({ isAbstract: true })
export abstract class PanelRelationInput extends RoundCommandInput {
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
