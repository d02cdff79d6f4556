import { parseArgs } from 'node:util';
import { ConfigError, loadProcessConfig } from '../config/config';
import { signLocalToken } from '../infrastructure/auth/jwt';
import { ALL_ROLES } from '../infrastructure/auth/roles';

/**
 * `npm run token -- --role ADMIN_BKD [--unit kota-medan] [--sub admin-1] [--expires 8h]`
 * Prints only a signed local (HS256) token, so it can be captured: TOKEN=$(npm run -s token -- --role AUDITOR)
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      unit: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const roles = values.role ?? [];
  const unknown = roles.filter((role) => !ALL_ROLES.includes(role));
  if (roles.length === 0 || unknown.length) {
    fail(`usage: npm run token -- --role <${ALL_ROLES.join('|')}> [--unit <unit>] [--sub <subject>] [--expires 8h]${unknown.length ? `\nunknown role: ${unknown.join(', ')}` : ''}`);
  }
  const config = loadProcessConfig();
  if (!config.auth.jwtSecret) fail('JWKS_URL is configured: tokens come from the identity provider, not from this CLI');
  const grants = roles.map((role) => (values.unit ? { role, unit: values.unit } : { role }));
  signLocalToken(config.auth.jwtSecret!, { sub: values.sub ?? `dev-${roles[0].toLowerCase()}`, roles: grants }, {
    expiresIn: values.expires,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
  }).then((token) => process.stdout.write(`${token}\n`));
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

try {
  main();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
