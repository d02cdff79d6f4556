import fc from 'fast-check';
import { SignJWT } from 'jose';
import { holdsAllInstansi, parseGrants } from '@infrastructure/auth/grants';
import { JwtSettings, JwtVerifier } from '@infrastructure/auth/jwt';
import { Role } from '@infrastructure/auth/roles';
import { UnauthenticatedError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { ALL_INSTANSI, isInstansiId, isUnitId } from '@kernel/grant-scope';
import { appraiserUnits, mayRead, seesPersonalData, tokenScope } from '@modules/personnel/employee/access/employee-access';
import { coversInstansi, instansiScope } from '@modules/shared/instansi-scope';

/**
 * No malformed grant widens access. Over random `roles` claims (random roles, units of every JSON type,
 * strings with dots, unicode and whitespace, empty, "*", nested objects, arrays, missing fields), each
 * claim either fails to authenticate or yields an actor whose covered instansi and units are exactly
 * those it names — and every instansi only with an explicit "*". Coverage is measured with the access
 * code the resolvers use (instansi-scope.ts, employee-access.ts), not with the parser's own view.
 */

const SCOPED_ROLES = [Role.ADMIN_BKD, Role.AUDITOR, Role.INTEGRATOR, Role.TRAINING_ADMIN, Role.COMPLAINT_OFFICER, Role.PEJABAT_PENILAI];
const INSTANSI_POOL = ['kota-medan', 'kota-binjai', 'kab-deli-serdang'];
const UNIT_POOL = ['kota-medan.dinkes', 'kota-binjai.dinkes', 'kota-medan.yankes'];

const trickyUnits = fc.constantFrom(
  ...['*', '', ' ', '**', '* ', ' *', '*.*', 'all', 'ALL', 'null', 'undefined', '%', '.*', '$ne', 'kota-medan.', '.dinkes', 'kota medan'],
  ...['kota-medan ', ' kota-medan', 'kota-medan\n', 'KOTA-MEDAN', 'kota-médan', 'kota\u2010medan', '\u202ekota-medan', 'kota-medan\u200b', 'kota-medan.dinkes.kadis'],
  ...INSTANSI_POOL,
  ...UNIT_POOL,
  'emp-1',
);
const unitStrings = fc.oneof(
  trickyUnits,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,12}(\.[a-z0-9_-]{2,6})?$/),
);
const unitValues = fc.oneof(
  { weight: 6, arbitrary: unitStrings },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(unitStrings, fc.jsonValue()), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
  fc.dictionary(fc.constantFrom('$ne', '$gt', 'unit', '*'), fc.jsonValue()),
);
const roleValues = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Object.values(Role)) },
  fc.constantFrom('admin_bkd', 'ADMIN_BKD ', 'KING', '', 'toString', '__proto__'),
  fc.jsonValue(),
);
const grants = fc.oneof(
  { weight: 8, arbitrary: fc.record({ role: roleValues, unit: unitValues }, { requiredKeys: [] }) },
  { weight: 8, arbitrary: fc.record({ role: fc.constantFrom(...Object.values(Role)), unit: trickyUnits }, { requiredKeys: ['role'] }) },
  { weight: 16, arbitrary: fc.record({ role: fc.constantFrom(...SCOPED_ROLES, Role.EMPLOYEE), unit: fc.constantFrom('*', ...INSTANSI_POOL, ...UNIT_POOL) }, { requiredKeys: ['role'] }) },
  fc.record({ role: roleValues, unit: unitValues, scope: fc.jsonValue() }, { requiredKeys: ['role'] }),
  fc.jsonValue(),
);
const rolesClaims = fc.oneof({ weight: 8, arbitrary: fc.array(grants, { maxLength: 4 }) }, fc.jsonValue(), fc.constant(undefined));
const subjects = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('emp-1', 'bkd-1', 'kota-medan', '*', 'kota-medan.dinkes') }, fc.string({ minLength: 1 }));
const records = fc.record({ _id: fc.constantFrom('emp-1', 'emp-2', 'bkd-1'), instansiId: fc.constantFrom(...INSTANSI_POOL, 'emp-1'), unitId: fc.constantFrom(...UNIT_POOL) });

type Named = { role?: unknown; unit?: unknown };

/** The claim authenticated as `actor`: check that it covers exactly what the claim names. */
function expectCoversExactlyWhatItNames(actor: Actor, claim: unknown, sub: string, record: { _id: string; instansiId: string; unitId: string }): void {
  const named = claim as Named[];
  // Nothing dropped, nothing defaulted: each grant is the claim's own (EMPLOYEE scoped to the subject).
  expect(actor.roles).toEqual(named.map((g) => ({ role: g.role, unit: g.role === Role.EMPLOYEE ? sub : g.unit })));
  const namesAll = (...roles: Role[]) => named.some((g) => roles.includes(g.role as Role) && g.unit === ALL_INSTANSI);
  const namesUnit = (unit: string, ...roles: Role[]) => named.some((g) => roles.includes(g.role as Role) && g.unit === unit);
  const namesEmployee = named.some((g) => g.role === Role.EMPLOYEE);

  for (const role of [...SCOPED_ROLES, Role.EMPLOYEE]) {
    expect(holdsAllInstansi(actor, role)).toBe(namesAll(role));
    const scope = instansiScope(actor, role);
    // A person (EMPLOYEE, whose unit is its sub) or a unit head (PEJABAT_PENILAI) covers no instansi.
    const holdsInstansi = role !== Role.EMPLOYEE && role !== Role.PEJABAT_PENILAI;
    if (namesAll(role)) expect(scope).toBe('all');
    else expect(new Set(scope)).toEqual(new Set(named.filter((g) => holdsInstansi && g.role === role && isInstansiId(g.unit)).map((g) => g.unit)));
    for (const instansiId of [...INSTANSI_POOL, record.instansiId]) {
      if (coversInstansi(actor, role, instansiId)) expect(holdsInstansi && (namesAll(role) || namesUnit(instansiId, role))).toBe(true);
    }
  }
  expect(new Set(appraiserUnits(actor))).toEqual(new Set(named.filter((g) => g.role === Role.PEJABAT_PENILAI).map((g) => g.unit)));
  expect(appraiserUnits(actor).every(isUnitId)).toBe(true);

  const scope = tokenScope(actor, appraiserUnits(actor));
  expect(scope.all).toBe(namesAll(Role.ADMIN_BKD, Role.AUDITOR));
  expect(scope.instansiIds.every((id) => namesUnit(id, Role.ADMIN_BKD, Role.AUDITOR))).toBe(true);
  expect(scope.selfId).toBe(namesEmployee ? sub : null);
  const readerNames = namesAll(Role.ADMIN_BKD, Role.AUDITOR) || namesUnit(record.instansiId, Role.ADMIN_BKD, Role.AUDITOR);
  const self = namesEmployee && record._id === sub;
  if (mayRead(scope, record)) expect(readerNames || namesUnit(record.unitId, Role.PEJABAT_PENILAI) || self).toBe(true);
  if (seesPersonalData(actor, record)) expect(readerNames || self).toBe(true);
}

/** Parses at the edge; a refusal must be UNAUTHENTICATED, anything else must cover exactly what it names. */
function check(claim: unknown, sub: string, record: { _id: string; instansiId: string; unitId: string }): 'refused' | 'accepted' {
  let actor: Actor;
  try {
    actor = { id: sub, roles: parseGrants(claim, sub) };
  } catch (error) {
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as Error).message).toMatch(/^Token tidak sah: /);
    return 'refused';
  }
  expectCoversExactlyWhatItNames(actor, claim, sub, record);
  return 'accepted';
}

describe('closed grants (property)', () => {
  it('every random claim is refused or covers exactly what it names', () => {
    const outcomes = { refused: 0, accepted: 0 };
    fc.assert(
      fc.property(rolesClaims, subjects, records, (claim, sub, record) => {
        outcomes[check(claim, sub, record)]++;
      }),
      { numRuns: 3000 },
    );
    // Both sides are exercised: the generator is not so wild that everything is refused.
    expect(outcomes.accepted).toBeGreaterThan(60);
    expect(outcomes.refused).toBeGreaterThan(1000);
  });

  it('random well-formed claims are accepted and cover exactly what they name', () => {
    const wellFormed = fc.oneof(
      fc.record({ role: fc.constantFrom(Role.ADMIN_BKD, Role.AUDITOR, Role.INTEGRATOR, Role.TRAINING_ADMIN), unit: fc.constantFrom('*', ...INSTANSI_POOL) }),
      fc.record({ role: fc.constant(Role.COMPLAINT_OFFICER), unit: fc.constantFrom('*', ...INSTANSI_POOL, ...UNIT_POOL) }),
      fc.record({ role: fc.constant(Role.PEJABAT_PENILAI), unit: fc.constantFrom(...UNIT_POOL) }),
      fc.constant({ role: Role.EMPLOYEE }),
    );
    const claims = fc.uniqueArray(wellFormed, { minLength: 1, maxLength: 6, selector: (g) => JSON.stringify(g) });
    const employeeIds = fc.stringMatching(/^[A-Za-z0-9][\w.:-]{0,20}$/);
    fc.assert(fc.property(claims, employeeIds, records, (claim, sub, record) => expect(check(claim, sub, record)).toBe('accepted')), { numRuns: 1000 });
  });

  it('one malformed grant anywhere refuses the whole token', () => {
    const nonString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
    const scopedRole = fc.constantFrom(...SCOPED_ROLES);
    const malformed = fc.oneof(
      fc.record({ role: scopedRole, unit: nonString }),
      fc.record({ role: scopedRole, unit: fc.constantFrom('', ' ', '**', 'kota medan', 'KOTA-MEDAN', 'kota-medan.dinkes.kadis', '\u202e*') }),
      fc.record({ role: scopedRole }),
      fc.record({ role: fc.constantFrom(Role.ADMIN_BKD, Role.AUDITOR), unit: fc.constantFrom(...UNIT_POOL) }),
      fc.record({ role: fc.constant(Role.PEJABAT_PENILAI), unit: fc.constantFrom('*', ...INSTANSI_POOL) }),
      fc.record({ role: fc.constant(Role.EMPLOYEE), unit: fc.oneof(fc.constantFrom('*', 'emp-2', ''), nonString) }),
      fc.record({ role: fc.constantFrom(Role.PUBLIC, 'KING', ''), unit: fc.constant('*') }),
      fc.record({ role: scopedRole, unit: fc.constant('*'), extra: fc.jsonValue() }),
      fc.constantFrom('ADMIN_BKD', ['ADMIN_BKD', '*'], null, 7),
    );
    const valid = fc.array(fc.record({ role: fc.constantFrom(Role.ADMIN_BKD, Role.AUDITOR), unit: fc.constantFrom(...INSTANSI_POOL) }), { maxLength: 3 });
    fc.assert(
      fc.property(valid, malformed, fc.nat(), (before, bad, at) => {
        const claim = [...before];
        claim.splice(at % (claim.length + 1), 0, bad as never);
        expect(() => parseGrants(claim, 'emp-1')).toThrow(UnauthenticatedError);
      }),
      { numRuns: 2000 },
    );
    expect(() => parseGrants([{ role: Role.AUDITOR, unit: 'kota-medan' }, { role: Role.AUDITOR, unit: 'kota-medan' }], 'x')).toThrow('roles[1] mengulang roles[0]');
    expect(() => parseGrants([], 'x')).toThrow(UnauthenticatedError);
    expect(() => parseGrants(Array.from({ length: 51 }, (_, i) => ({ role: Role.AUDITOR, unit: `kota-${i}` })), 'x')).toThrow(/lebih dari 50/);
  });

  it('through the real verifier: a signed token is refused or covers exactly what its JSON names', async () => {
    const settings: JwtSettings = { jwtSecret: 's'.repeat(40), issuer: 'akuntabel-local', audience: 'akuntabel-api', maxLifetimeSeconds: 3600, clockSkewSeconds: 30 };
    const verifier = new JwtVerifier(settings);
    const key = new TextEncoder().encode(settings.jwtSecret);
    await fc.assert(
      fc.asyncProperty(rolesClaims, fc.oneof(subjects, fc.jsonValue()), records, async (claim, sub, record) => {
        const iat = Math.floor(Date.now() / 1000);
        const payload = { sub, roles: claim, iss: settings.issuer, aud: settings.audience, iat, exp: iat + 600 };
        // What the verifier sees is the JSON of the claims (undefined dropped, NaN → null…).
        const sent = JSON.parse(JSON.stringify(payload));
        const token = await new SignJWT(payload as never).setProtectedHeader({ alg: 'HS256' }).sign(key);
        let actor: Actor;
        try {
          actor = await verifier.verify(token);
        } catch (error) {
          expect(error).toBeInstanceOf(UnauthenticatedError);
          return;
        }
        expect(actor.id).toBe(sent.sub);
        expectCoversExactlyWhatItNames(actor, sent.roles, sent.sub, record);
      }),
      { numRuns: 300 },
    );
  });
});
