import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from '@kernel/events';
import { Role } from './roles';

export const PUBLIC_KEY = 'akuntabel:public';
export const ROLES_KEY = 'akuntabel:roles';
export const ALL_INSTANSI_KEY = 'akuntabel:all-instansi';
export const PROBE_KEY = 'akuntabel:probe';

/** Open to anonymous callers (rate-limited). Everything else needs a valid token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * An operational probe (health): open, not rate-limited, and blind to any Authorization header —
 * orchestrators poll it often and it reveals nothing about people or records.
 */
export const Probe = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), SetMetadata(PROBE_KEY, true));

/** Only actors holding one of these roles (in any scope; the use case checks the scope against the data). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * With @Roles: the grant of one of those roles must cover every instansi (`unit: "*"`). For system-wide
 * operations whose effect or answer is not limited to one instansi (rebuilds, the system status).
 * Without @Roles nobody may call the operation.
 */
export const AllInstansi = () => SetMetadata(ALL_INSTANSI_KEY, true);

export function requestOf(context: ExecutionContext): { headers: Record<string, string | string[] | undefined>; ip?: string; actor?: Actor } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** The authenticated (or anonymous) actor of the current request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => requestOf(context).actor!);
