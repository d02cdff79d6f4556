import { InputType } from '@nestjs/graphql';
import { RoundCommandInput } from '../shared/round-command-input';

@InputType()
export class PublishRankingInput extends RoundCommandInput {}
