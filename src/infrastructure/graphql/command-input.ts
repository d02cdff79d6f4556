import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { IdentifierText, MultilineText } from './text-rules';

/**
 * Fields every mutation input carries. `idempotencyKey`: repeat a request with the same key and
 * nothing is written twice (keys are scoped to the caller). `reason`: recorded in the event metadata.
 * `expectedRevision`: optimistic concurrency for clients, as an HTTP API maps `If-Match`.
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

  @Field(() => Int, {
    nullable: true,
    description: 'The `revision` of the record as you last read it: if someone changed it since, the mutation writes nothing and answers CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}
