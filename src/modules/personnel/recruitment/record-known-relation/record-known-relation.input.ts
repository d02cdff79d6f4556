import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { RELATION_SOURCES, RelationSource } from '../recruitment.vocabulary';
import { RelationSourceEnum } from '../read-models/recruitment.enums';
import { MultilineText } from '@infrastructure/graphql/text-rules';
import { PanelRelationInput } from '../shared/round-command-input';

@InputType({ description: 'A relation between a panel member and an applicant found by someone other than the member.' })
export class RecordKnownRelationInput extends PanelRelationInput {
  @Field(() => RelationSourceEnum)
  @IsIn(RELATION_SOURCES)
  source: RelationSource;

  @Field(() => String, { nullable: true, description: 'Where the evidence is (no personal data beyond need).' })
  @IsOptional()
  @MultilineText()
  @IsString()
  @Length(1, 1000)
  note?: string;
}
