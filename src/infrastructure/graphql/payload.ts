import { Type } from '@nestjs/common';
import { Field, Float, ObjectType } from '@nestjs/graphql';

export interface MutationPayloadShape {
  /** Log position the mutation wrote; the returned node reflects at least this position. */
  position: number;
  /** True when the idempotency key had been used: nothing new was written. */
  duplicate: boolean;
}

/**
 * Builds `<Name>Payload { position, duplicate, <field>: Node }` so every mutation answers the same way:
 * where it wrote in the log, and the updated read model (read-your-writes).
 */
export function MutationPayload<T>(name: string, field: string, node: Type<T>, description?: string): Type<MutationPayloadShape & Record<string, T | null>> {
  @ObjectType(name, { description })
  class Payload {
    @Field(() => Float, { description: 'Log position written by this mutation (an opaque, increasing number).' })
    position: number;

    @Field({ description: 'True when this idempotency key was already used; nothing new was written.' })
    duplicate: boolean;
  }
  Field(() => node, { nullable: true, description: 'The affected node, as of `position` (null if the read model lags beyond the timeout).' })(
    Payload.prototype,
    field,
  );
  return Payload as Type<MutationPayloadShape & Record<string, T | null>>;
}
