import { ForbiddenError } from './errors';
import { Actor } from './events';

/**
 * The one scope policy of every module's commands: who may change records that belong to an instansi.
 * The kernel names the question; the auth edge answers it from the actor's closed grants
 * (infrastructure/auth/instansi-admin.policy.ts). A module only says which instansi its loaded state
 * belongs to.
 */
export interface ScopePolicy {
  /** True when the actor may change records of `instansiId`; ALL_INSTANSI asks for every instansi at once. */
  manages(actor: Actor, instansiId: string): boolean;
  /** Who is needed, for the refusal: e.g. `ADMIN_BKD untuk kota-medan atau untuk semua instansi (unit "*")`. */
  requirement(instansiId: string): string;
}

/** The executor's hook: refuses (throws) an actor for the state the command path loaded. */
export type Authorize<S> = (state: S, actor: Actor) => void | Promise<void>;

/**
 * Throws FORBIDDEN unless the policy lets the actor change `instansiId`. `subject` names what is being
 * changed for the message, e.g. `Mengubah organisasi kota-medan`.
 */
export function assertManages(policy: ScopePolicy, actor: Actor, instansiId: string, subject: string): void {
  if (policy.manages(actor, instansiId)) return;
  throw new ForbiddenError(`${subject} memerlukan ${policy.requirement(instansiId)}`, { instansiId });
}

/** The authorize hook of a record kept per instansi: the module maps its loaded state to that instansi. */
export function byInstansi<S>(policy: ScopePolicy, instansiOf: (state: S) => string, subject: (instansiId: string) => string): Authorize<S> {
  return (state, actor) => {
    const instansiId = instansiOf(state);
    assertManages(policy, actor, instansiId, subject(instansiId));
  };
}
