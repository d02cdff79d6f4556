import { Role } from '../../../infrastructure/auth/roles';
import { coversInstansi, instansiScope } from './instansi-scope';

const actor = (...roles: { role: string; unit?: string }[]) => ({ id: 'a', roles });

describe('instansi scope of a role', () => {
  it('an unscoped grant covers every instansi', () => {
    expect(instansiScope(actor({ role: 'ADMIN_BKD' }, { role: 'ADMIN_BKD', unit: 'kota-medan' }), Role.ADMIN_BKD)).toBe('all');
    expect(coversInstansi(actor({ role: 'ADMIN_BKD' }), Role.ADMIN_BKD, 'kota-binjai')).toBe(true);
  });

  it('an instansi grant covers that instansi only; a unit kerja grant covers none', () => {
    const medan = actor({ role: 'ADMIN_BKD', unit: 'kota-medan' }, { role: 'ADMIN_BKD', unit: 'kota-binjai.dinkes' });
    expect(instansiScope(medan, Role.ADMIN_BKD)).toEqual(['kota-medan', 'kota-binjai.dinkes']);
    expect(coversInstansi(medan, Role.ADMIN_BKD, 'kota-medan')).toBe(true);
    expect(coversInstansi(medan, Role.ADMIN_BKD, 'kota-binjai')).toBe(false);
  });

  it('with several roles, a grant of any of them counts', () => {
    const reader = actor({ role: 'AUDITOR', unit: 'kota-binjai' }, { role: 'ADMIN_BKD', unit: 'kota-medan' }, { role: 'EMPLOYEE' });
    expect(instansiScope(reader, [Role.ADMIN_BKD, Role.AUDITOR])).toEqual(['kota-binjai', 'kota-medan']);
    expect(coversInstansi(reader, [Role.ADMIN_BKD, Role.AUDITOR], 'kota-binjai')).toBe(true);
    expect(coversInstansi(reader, [Role.ADMIN_BKD], 'kota-binjai')).toBe(false);
    expect(instansiScope(actor({ role: 'AUDITOR' }, { role: 'ADMIN_BKD', unit: 'kota-medan' }), [Role.ADMIN_BKD, Role.AUDITOR])).toBe('all');
  });

  it('other roles do not count', () => {
    expect(instansiScope(actor({ role: 'AUDITOR' }), Role.ADMIN_BKD)).toEqual([]);
    expect(coversInstansi(actor({ role: 'AUDITOR' }), Role.ADMIN_BKD, 'kota-medan')).toBe(false);
  });
});
