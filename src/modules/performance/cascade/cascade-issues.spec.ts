import { CascadeSkp, cascadeIssues } from './cascade-issues';

const rhk = (rhkId: string, intervensi: { skpId: string; rhkId: string }[] = [], unitTargetIds: string[] = [], kategori: 'UTAMA' | 'TAMBAHAN' = 'UTAMA') => ({ rhkId, kategori, intervensi, unitTargetIds });
const kadis: CascadeSkp = { skpId: 'kadis.2026', employeeId: 'kadis', unitId: 'opd', jenisJabatan: 'JPT_PRATAMA', pejabatPenilaiEmployeeId: null, pejabatPenilaiKind: 'KEPALA_DAERAH', rhk: [rhk('d1', [], ['iku-1']), rhk('d2', [], ['iku-1'])] };
const kabid: CascadeSkp = { skpId: 'kabid.2026', employeeId: 'kabid', unitId: 'bidang', jenisJabatan: 'ADMINISTRATOR', pejabatPenilaiEmployeeId: 'kadis', pejabatPenilaiKind: 'UNIT_HEAD', rhk: [rhk('k1', [{ skpId: 'kadis.2026', rhkId: 'd1' }])] };
const staff: CascadeSkp = { skpId: 'ani.2026', employeeId: 'ani', unitId: 'bidang', jenisJabatan: 'PELAKSANA', pejabatPenilaiEmployeeId: 'kabid', pejabatPenilaiKind: 'UNIT_HEAD', rhk: [rhk('a1', [{ skpId: 'kabid.2026', rhkId: 'k1' }]), rhk('t1', [], [], 'TAMBAHAN')] };
const plans = [{ unitId: 'opd', targetIds: ['iku-1', 'iku-2'] }];
const kinds = (issues: ReturnType<typeof cascadeIssues>) => issues.map((i) => `${i.kind} ${i.skpId ?? i.unitId}/${i.rhkId ?? i.reference}`);

describe('cascade validation', () => {
  it('a complete cascade from the unit targets down has only the uncovered pieces', () => {
    expect(kinds(cascadeIssues([kadis, kabid, staff], [], plans))).toEqual(['UNCOVERED_SUPERIOR_RHK kadis.2026/d2', 'UNCOVERED_UNIT_TARGET opd/iku-2']);
  });

  it('finds orphan RHK utama (TAMBAHAN may stand alone), for a JPT and below', () => {
    const orphanStaff = { ...staff, rhk: [rhk('a1'), rhk('t1', [], [], 'TAMBAHAN')] };
    const orphanJpt = { ...kadis, rhk: [rhk('d1', [], ['iku-1']), rhk('d2'), rhk('d3', [], ['iku-2'])] };
    expect(kinds(cascadeIssues([orphanJpt, kabid, orphanStaff], [], plans))).toEqual(['ORPHAN_RHK kadis.2026/d2', 'UNCOVERED_SUPERIOR_RHK kadis.2026/d2', 'UNCOVERED_SUPERIOR_RHK kadis.2026/d3', 'UNCOVERED_SUPERIOR_RHK kabid.2026/k1', 'ORPHAN_RHK ani.2026/a1']);
  });

  it('finds links to a superior RHK that was withdrawn, and to unit targets that do not exist', () => {
    const revisedKabid = { ...kabid, rhk: [rhk('k2', [{ skpId: 'kadis.2026', rhkId: 'd1' }])] };
    const issues = cascadeIssues([staff], [revisedKabid], []);
    expect(kinds(issues)).toEqual(['WITHDRAWN_LINK ani.2026/a1']);
    expect(issues[0].reference).toBe('kabid.2026/k1');
    expect(kinds(cascadeIssues([{ ...kadis, rhk: [rhk('d1', [], ['iku-9'])] }], [], plans))).toEqual(['WITHDRAWN_LINK kadis.2026/d1', 'UNCOVERED_UNIT_TARGET opd/iku-1', 'UNCOVERED_UNIT_TARGET opd/iku-2']);
  });
});
