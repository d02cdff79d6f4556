import { parseArgs } from 'node:util';
import { ConfigError, loadProcessConfig } from '@config/config';
import { GrantClaim, parseGrants } from '@infrastructure/auth/grants';
import { signLocalToken } from '@infrastructure/auth/jwt';
import { ALL_ROLES, Role } from '@infrastructure/auth/roles';

const USAGE = `usage: npm run token -- --role <${ALL_ROLES.filter((r) => r !== Role.PUBLIC).join('|')}> [--role …] [--unit <"*" | instansi id | unit kerja id>] [--sub <subject>] [--expires 8h]
  --unit applies to every role but EMPLOYEE (scoped by --sub); "*" = every instansi.`;

/**
 * `npm run token -- --role ADMIN_BKD --unit kota-medan [--sub admin-1] [--expires 8h]`
 * Prints only a signed local (HS256) token, so it can be captured: TOKEN=$(npm run -s token -- --role AUDITOR --unit '*')
 * The grants are checked exactly as the API checks them, so the CLI never prints a token the API refuses.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      unit: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const roles = values.role ?? [];
  if (roles.length === 0) fail(USAGE);
  const unknown = roles.filter((role) => !ALL_ROLES.includes(role));
  if (unknown.length) fail(`${USAGE}\nunknown role: ${unknown.join(', ')}`);
  const config = loadProcessConfig();
  if (!config.auth.jwtSecret) fail('JWKS_URL is configured: tokens come from the identity provider, not from this CLI');
  const sub = values.sub ?? `dev-${roles[0].toLowerCase()}`;
  const grants: GrantClaim[] = roles.map((role) => (role === Role.EMPLOYEE || values.unit === undefined ? { role } : { role, unit: values.unit }));
  try {
    parseGrants(grants, sub);
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const lifetimeSeconds = durationSeconds(values.expires!);
  if (lifetimeSeconds === undefined || lifetimeSeconds > config.auth.maxLifetimeSeconds) {
    fail(`--expires must be a duration like 30m, 8h or 3600 (seconds), at most ${config.auth.maxLifetimeSeconds} s (JWT_MAX_LIFETIME_SECONDS); got "${values.expires}"`);
  }
  process.stdout.write(`${await signLocalToken(config.auth, { sub, roles: grants }, { lifetimeSeconds })}\n`);
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `90`, `90s`, `30m`, `8h`, `1d` → seconds; undefined when malformed or zero. */
function durationSeconds(text: string): number | undefined {
  const match = /^(\d{1,7})([smhd]?)$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2] || 's'] : 0;
  return seconds > 0 ? seconds : undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

main().catch((error) => fail(error instanceof ConfigError ? error.message : String(error)));
