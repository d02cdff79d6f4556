import { ForbiddenError } from '@kernel/errors';
import { assertManagesAllInstansi, assertManagesInstansi } from './instansi-admin';

const actor = (...roles: { role: string; unit: string }[]) => ({ id: 'a', roles });

describe('instansi administration scope', () => {
  it('lets ADMIN_BKD of every instansi ("*") manage every instansi and register new ones', () => {
    expect(() => assertManagesInstansi(actor({ role: 'ADMIN_BKD', unit: '*' }), 'kota-binjai')).not.toThrow();
    expect(() => assertManagesAllInstansi(actor({ role: 'ADMIN_BKD', unit: '*' }))).not.toThrow();
  });

  it('lets an ADMIN_BKD of one instansi manage only that one, and register none', () => {
    const medan = actor({ role: 'ADMIN_BKD', unit: 'kota-medan' });
    expect(() => assertManagesInstansi(medan, 'kota-medan')).not.toThrow();
    expect(() => assertManagesInstansi(medan, 'kota-binjai')).toThrow(ForbiddenError);
    expect(() => assertManagesAllInstansi(medan)).toThrow(ForbiddenError);
  });

  it('refuses other roles (even with "*"), ADMIN_BKD of a unit kerja, and a grant without a unit', () => {
    expect(() => assertManagesInstansi(actor({ role: 'AUDITOR', unit: '*' }), 'kota-medan')).toThrow(ForbiddenError);
    expect(() => assertManagesAllInstansi(actor({ role: 'AUDITOR', unit: '*' }))).toThrow(ForbiddenError);
    expect(() => assertManagesInstansi(actor({ role: 'ADMIN_BKD', unit: 'kota-medan.dinkes' }), 'kota-medan')).toThrow(ForbiddenError);
    const legacy = { id: 'a', roles: [{ role: 'ADMIN_BKD' }] } as never;
    expect(() => assertManagesInstansi(legacy, 'kota-medan')).toThrow(ForbiddenError);
    expect(() => assertManagesAllInstansi(legacy)).toThrow(ForbiddenError);
  });
});
