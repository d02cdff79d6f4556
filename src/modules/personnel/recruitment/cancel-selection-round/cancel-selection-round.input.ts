import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { MultilineText } from '@infrastructure/graphql/text-rules';
import { RoundCommandInput } from '../shared/round-command-input';

@InputType()
export class CancelSelectionRoundInput extends RoundCommandInput {
  @Field({ description: 'Why the round is cancelled: recorded in the event and shown on the board.' })
  @MultilineText()
  @IsString()
  @Length(3, 1000)
  cancellationReason: string;
}
