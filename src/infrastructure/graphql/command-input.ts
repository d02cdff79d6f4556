import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IdentifierText, MultilineText } from './text-rules';

/**
 * Fields every mutation input carries. `idempotencyKey`: repeat a request with the same key and
 * nothing is written twice (keys are scoped to the caller). `reason`: recorded in the event metadata.
 */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => String, { nullable: true, description: 'Client-chosen key (8–128 chars); a repeat with the same key writes nothing.' })
  @IsOptional()
  @IdentifierText()
  @IsString()
  @Length(8, 128)
  @Matches(/^[\w.:-]+$/, { message: 'idempotencyKey may contain letters, digits and . _ : - only' })
  idempotencyKey?: string;

  @Field(() => String, { nullable: true, description: 'Why: stored with the events for auditors.' })
  @IsOptional()
  @MultilineText()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}
