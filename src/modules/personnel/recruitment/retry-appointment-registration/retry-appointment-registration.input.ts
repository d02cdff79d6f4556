import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEntityId } from '@modules/shared/input-rules';
import { RoundCommandInput } from '../shared/round-command-input';

@InputType({ description: 'Sends a failed employee registration of an appointment again, once its cause was corrected.' })
export class RetryAppointmentRegistrationInput extends RoundCommandInput {
  @Field(() => ID)
  @IsEntityId()
  applicantId: string;
}
