import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { RoundCommandInput } from '../shared/input-rules';

@InputType()
export class CancelSelectionRoundInput extends RoundCommandInput {
  @Field({ description: 'Why the round is cancelled: recorded in the event and shown on the board.' })
  @IsString()
  @Length(3, 1000)
  cancellationReason: string;
}
