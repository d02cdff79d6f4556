import { InputType } from '@nestjs/graphql';
import { RoundCommandInput } from '../shared/input-rules';

@InputType()
export class CloseRegistrationInput extends RoundCommandInput {}
