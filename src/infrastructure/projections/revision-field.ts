import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { Prop } from '@nestjs/mongoose';

/**
 * A node's `revision`: the revision of its stream after the last event the read model applied (the
 * projection sets it from `event.revision`). Clients send it back as a mutation's `expectedRevision`
 * so an edit made on a stale view gets CONFLICT instead of overwriting another admin's change.
 */
export function RevisionField(description = 'Revision of the record as stored: send it as a mutation\'s `expectedRevision`.'): PropertyDecorator {
  return applyDecorators(Field(() => Int, { description }), Prop({ type: Number, required: true, default: -1 }));
}
