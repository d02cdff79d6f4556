import { Injectable } from '@nestjs/common';
import { RecipientRef } from './notification.decider';

export interface EmailAddressee {
  readonly email: string;
  readonly name?: string;
}

/**
 * How a module turns its recipient references into addresses, at send time: addresses are personal
 * data and never enter events or the outbox, and a corrected address is used by pending retries.
 */
export interface RecipientResolver {
  /** The `kind` of the references this resolver answers, e.g. `personnel.employee`. */
  readonly kind: string;
  /** The address, or null when the recipient has none (the notification is dead-lettered). */
  resolve(id: string): Promise<EmailAddressee | null>;
}

/** A failure retrying cannot fix. */
export class PermanentDeliveryError extends Error {}

@Injectable()
export class NotificationRecipients {
  private readonly resolvers = new Map<string, RecipientResolver>();

  register(resolver: RecipientResolver): void {
    if (this.resolvers.has(resolver.kind)) throw new Error(`Recipient resolver for ${resolver.kind} registered twice`);
    this.resolvers.set(resolver.kind, resolver);
  }

  async resolve(recipient: RecipientRef): Promise<EmailAddressee> {
    const resolver = this.resolvers.get(recipient.kind);
    if (!resolver) throw new PermanentDeliveryError(`No recipient resolver for kind ${recipient.kind}`);
    const addressee = await resolver.resolve(recipient.id);
    if (!addressee) throw new PermanentDeliveryError(`Recipient ${recipient.kind}/${recipient.id} has no e-mail address`);
    return addressee;
  }
}
