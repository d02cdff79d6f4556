import { ForbiddenError, NotFoundError } from '@kernel/errors';
import { appraiserUnits, assertManagesEmployeesOf, mayRead, mayReadHistory, missingRecord, personalDataFilter, scopeFilter, seesPersonalData, tokenScope } from './employee-access';

const actor = (id: string, ...roles: { role: string; unit: string }[]) => ({ id, roles });
const budi = { _id: 'emp-budi', instansiId: 'kota-medan', unitId: 'kota-medan.rujukan' };
const rina = { _id: 'emp-rina', instansiId: 'kota-binjai', unitId: 'kota-binjai.dinkes' };

describe('employee record access', () => {
  it('AUDITOR and ADMIN_BKD of every instansi ("*") read every record, with personal data', () => {
    for (const reader of [actor('aud', { role: 'AUDITOR', unit: '*' }), actor('root', { role: 'ADMIN_BKD', unit: '*' })]) {
      const scope = tokenScope(reader, []);
      expect(scope.all).toBe(true);
      expect(scopeFilter(scope)).toEqual({});
      expect(mayRead(scope, budi)).toBe(true);
      expect(seesPersonalData(reader, budi)).toBe(true);
      expect(mayReadHistory(reader, budi)).toBe(true);
    }
  });

  it('an AUDITOR of an instansi reads that instansi only, as ADMIN_BKD of it does', () => {
    const inspektorat = actor('aud-binjai', { role: 'AUDITOR', unit: 'kota-binjai' });
    const scope = tokenScope(inspektorat, []);
    expect(scope.all).toBe(false);
    expect(scopeFilter(scope)).toEqual({ instansiId: { $in: ['kota-binjai'] } });
    expect(mayRead(scope, rina)).toBe(true);
    expect(mayRead(scope, budi)).toBe(false);
    expect(seesPersonalData(inspektorat, rina)).toBe(true);
    expect(seesPersonalData(inspektorat, budi)).toBe(false);
    expect(mayReadHistory(inspektorat, budi)).toBe(false);
    expect(() => assertManagesEmployeesOf(inspektorat, 'kota-binjai')).toThrow(ForbiddenError);
  });

  it('ADMIN_BKD of an instansi reads and manages its records only', () => {
    const binjai = actor('bkd-binjai', { role: 'ADMIN_BKD', unit: 'kota-binjai' });
    const medan = actor('bkd-medan', { role: 'ADMIN_BKD', unit: 'kota-medan' });
    expect(mayRead(tokenScope(medan, []), budi)).toBe(true);
    expect(mayRead(tokenScope(binjai, []), budi)).toBe(false);
    expect(scopeFilter(tokenScope(binjai, []))).toEqual({ instansiId: { $in: ['kota-binjai'] } });
    expect(() => assertManagesEmployeesOf(medan, 'kota-medan')).not.toThrow();
    expect(() => assertManagesEmployeesOf(binjai, 'kota-medan')).toThrow(ForbiddenError);
    expect(() => assertManagesEmployeesOf(actor('bkd-dinkes', { role: 'ADMIN_BKD', unit: 'kota-medan.dinkes' }), 'kota-medan')).toThrow(ForbiddenError);
    expect(seesPersonalData(binjai, budi)).toBe(false);
  });

  it('PEJABAT_PENILAI reads the units of its subtree, without personal data or history', () => {
    const kasi = actor('emp-kasi', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.rujukan' }, { role: 'EMPLOYEE', unit: 'emp-kasi' });
    expect(appraiserUnits(kasi)).toEqual(['kota-medan.rujukan']);
    expect(appraiserUnits(actor('x', { role: 'PEJABAT_PENILAI', unit: '*' }))).toEqual([]);
    expect(appraiserUnits(actor('x', { role: 'PEJABAT_PENILAI', unit: 'kota-medan' }))).toEqual([]);
    const scope = tokenScope(kasi, ['kota-medan.rujukan']);
    expect(mayRead(scope, budi)).toBe(true);
    expect(mayRead(scope, { ...budi, unitId: 'kota-medan.yankes' })).toBe(false);
    expect(scopeFilter(scope)).toEqual({ $or: [{ unitId: { $in: ['kota-medan.rujukan'] } }, { _id: 'emp-kasi' }] });
    expect(seesPersonalData(kasi, budi)).toBe(false);
    expect(mayReadHistory(kasi, budi)).toBe(false);
  });

  it('EMPLOYEE reads its own record (its grant is scoped to the token subject), personal data and history included', () => {
    const self = actor('emp-budi', { role: 'EMPLOYEE', unit: 'emp-budi' });
    const other = actor('emp-sari', { role: 'EMPLOYEE', unit: 'emp-sari' });
    expect(mayRead(tokenScope(self, []), budi)).toBe(true);
    expect(seesPersonalData(self, budi)).toBe(true);
    expect(mayReadHistory(self, budi)).toBe(true);
    expect(mayRead(tokenScope(other, []), budi)).toBe(false);
    expect(scopeFilter(tokenScope(other, []))).toEqual({ _id: 'emp-sari' });
    // An EMPLOYEE grant naming someone else is not self (the parser refuses it; the check does not rely on that).
    expect(seesPersonalData(actor('emp-budi', { role: 'EMPLOYEE', unit: 'emp-sari' }), budi)).toBe(false);
  });

  it('the same subject without the EMPLOYEE role is not self', () => {
    expect(seesPersonalData(actor('emp-budi', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.rujukan' }), budi)).toBe(false);
  });

  it('nobody else reads anything', () => {
    const scope = tokenScope(actor('t', { role: 'TRAINING_ADMIN', unit: '*' }), []);
    expect(scopeFilter(scope)).toBeNull();
    expect(mayRead(scope, budi)).toBe(false);
  });

  it('a missing record is NOT_FOUND only to who may see every record', () => {
    expect(missingRecord(actor('aud', { role: 'AUDITOR', unit: '*' }), 'x')).toBeInstanceOf(NotFoundError);
    expect(missingRecord(actor('aud', { role: 'AUDITOR', unit: 'kota-binjai' }), 'x')).toBeInstanceOf(ForbiddenError);
    expect(missingRecord(actor('bkd', { role: 'ADMIN_BKD', unit: 'kota-medan' }), 'x')).toBeInstanceOf(ForbiddenError);
  });

  it('a search by birth date runs over the records whose personal data the caller sees, and no others', () => {
    expect(personalDataFilter(actor('aud', { role: 'AUDITOR', unit: '*' }))).toEqual({});
    expect(personalDataFilter(actor('bkd', { role: 'ADMIN_BKD', unit: 'kota-medan' }))).toEqual({ instansiId: { $in: ['kota-medan'] } });
    const kasiSelf = actor('emp-kasi', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.rujukan' }, { role: 'EMPLOYEE', unit: 'emp-kasi' });
    expect(personalDataFilter(kasiSelf)).toEqual({ _id: 'emp-kasi' });
    expect(personalDataFilter(actor('x', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.rujukan' }))).toBeNull();
    expect(personalDataFilter(actor('both', { role: 'AUDITOR', unit: 'kota-binjai' }, { role: 'EMPLOYEE', unit: 'both' }))).toEqual({ $or: [{ instansiId: { $in: ['kota-binjai'] } }, { _id: 'both' }] });
  });
});
