import { ForbiddenError } from '../../../../kernel/errors';
import { assertManagesAllInstansi, assertManagesInstansi } from './instansi-admin';

const actor = (...roles: { role: string; unit?: string }[]) => ({ id: 'a', roles });

describe('instansi administration scope', () => {
  it('lets an unscoped ADMIN_BKD manage every instansi and register new ones', () => {
    expect(() => assertManagesInstansi(actor({ role: 'ADMIN_BKD' }), 'kota-binjai')).not.toThrow();
    expect(() => assertManagesAllInstansi(actor({ role: 'ADMIN_BKD' }))).not.toThrow();
  });

  it('lets an ADMIN_BKD of one instansi manage only that one, and register none', () => {
    const medan = actor({ role: 'ADMIN_BKD', unit: 'kota-medan' });
    expect(() => assertManagesInstansi(medan, 'kota-medan')).not.toThrow();
    expect(() => assertManagesInstansi(medan, 'kota-binjai')).toThrow(ForbiddenError);
    expect(() => assertManagesAllInstansi(medan)).toThrow(ForbiddenError);
  });

  it('refuses other roles, and ADMIN_BKD scoped to a unit kerja', () => {
    expect(() => assertManagesInstansi(actor({ role: 'AUDITOR' }), 'kota-medan')).toThrow(ForbiddenError);
    expect(() => assertManagesInstansi(actor({ role: 'ADMIN_BKD', unit: 'kota-medan.dinkes' }), 'kota-medan')).toThrow(ForbiddenError);
  });
});
