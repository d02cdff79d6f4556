import { Role } from '@infrastructure/auth/roles';
import { coversInstansi, instansiScope } from './instansi-scope';

const actor = (...roles: { role: string; unit: string }[]) => ({ id: 'a', roles });

describe('instansi scope of a role', () => {
  it('only an explicit "*" grant covers every instansi', () => {
    expect(instansiScope(actor({ role: 'ADMIN_BKD', unit: '*' }, { role: 'ADMIN_BKD', unit: 'kota-medan' }), Role.ADMIN_BKD)).toBe('all');
    expect(coversInstansi(actor({ role: 'ADMIN_BKD', unit: '*' }), Role.ADMIN_BKD, 'kota-binjai')).toBe(true);
  });

  it('a grant without a unit (an event recorded before grants were closed) or with a malformed one covers nothing', () => {
    const legacy = { id: 'a', roles: [{ role: 'ADMIN_BKD' }] } as never;
    expect(instansiScope(legacy, Role.ADMIN_BKD)).toEqual([]);
    for (const unit of ['', ' ', '**', 'Kota-Medan', 'kota medan', 7 as never, null as never]) {
      expect(instansiScope(actor({ role: 'ADMIN_BKD', unit }), Role.ADMIN_BKD)).toEqual([]);
    }
  });

  it('an instansi grant covers that instansi only; a unit kerja grant covers none', () => {
    const medan = actor({ role: 'ADMIN_BKD', unit: 'kota-medan' }, { role: 'ADMIN_BKD', unit: 'kota-binjai.dinkes' });
    expect(instansiScope(medan, Role.ADMIN_BKD)).toEqual(['kota-medan']);
    expect(coversInstansi(medan, Role.ADMIN_BKD, 'kota-medan')).toBe(true);
    expect(coversInstansi(medan, Role.ADMIN_BKD, 'kota-binjai')).toBe(false);
  });

  it('with several roles, a grant of any of them counts', () => {
    const reader = actor({ role: 'AUDITOR', unit: 'kota-binjai' }, { role: 'ADMIN_BKD', unit: 'kota-medan' }, { role: 'EMPLOYEE', unit: 'a' });
    expect(instansiScope(reader, [Role.ADMIN_BKD, Role.AUDITOR])).toEqual(['kota-binjai', 'kota-medan']);
    expect(coversInstansi(reader, [Role.ADMIN_BKD, Role.AUDITOR], 'kota-binjai')).toBe(true);
    expect(coversInstansi(reader, [Role.ADMIN_BKD], 'kota-binjai')).toBe(false);
    expect(instansiScope(actor({ role: 'AUDITOR', unit: '*' }, { role: 'ADMIN_BKD', unit: 'kota-medan' }), [Role.ADMIN_BKD, Role.AUDITOR])).toBe('all');
  });

  it('a person or a unit head covers no instansi, whatever its unit looks like', () => {
    expect(instansiScope({ id: 'kota-medan', roles: [{ role: 'EMPLOYEE', unit: 'kota-medan' }] }, Role.EMPLOYEE)).toEqual([]);
    expect(instansiScope(actor({ role: 'EMPLOYEE', unit: '*' }), Role.EMPLOYEE)).toEqual([]);
    expect(instansiScope(actor({ role: 'PEJABAT_PENILAI', unit: '*' }), Role.PEJABAT_PENILAI)).toEqual([]);
    expect(instansiScope(actor({ role: 'PUBLIC', unit: '*' }), Role.PUBLIC)).toEqual([]);
  });

  it('other roles do not count, not even with "*"', () => {
    expect(instansiScope(actor({ role: 'AUDITOR', unit: '*' }), Role.ADMIN_BKD)).toEqual([]);
    expect(coversInstansi(actor({ role: 'INTEGRATOR', unit: '*' }), Role.ADMIN_BKD, 'kota-medan')).toBe(false);
  });
});
