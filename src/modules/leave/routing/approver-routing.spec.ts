import { ApproverCandidate, PPK_APPROVER, routeLeave } from './approver-routing';

const kabid: ApproverCandidate = { employeeId: 'emp-budi', positionId: 'kota-medan.aptika.kabid', unitId: 'kota-medan.aptika', acting: null, kepalaDaerah: false };
const kadis: ApproverCandidate = { employeeId: 'emp-kadis', positionId: 'kota-medan.diskominfo.kadis', unitId: 'kota-medan.diskominfo', acting: null, kepalaDaerah: false };
const waliKota: ApproverCandidate = { employeeId: null, positionId: null, unitId: null, acting: null, kepalaDaerah: true };
const chain = [kabid, kadis, waliKota];
const base = { authority: 'KEPALA_OPD' as const, chain, opdUnitId: 'kota-medan.diskominfo', onLeave: new Set<string>() };

describe('routing a leave request (atasan langsung, pejabat yang berwenang) and delegation', () => {
  it('the nearest head considers; the kepala OPD decides', () => {
    const route = routeLeave(base);
    expect(route.atasan).toMatchObject({ employeeId: 'emp-budi', delegatedFrom: null });
    expect(route.pejabat).toMatchObject({ employeeId: 'emp-kadis', kepalaDaerah: false });
    expect(route.atasanEscalation).toMatchObject({ employeeId: 'emp-kadis' });
  });

  it('kinds the PPK decides go to the kepala daerah (recorded by ADMIN_BKD)', () => {
    expect(routeLeave({ ...base, authority: 'PPK' }).pejabat).toEqual(PPK_APPROVER);
  });

  it('the head of the OPD asks the PPK', () => {
    const route = routeLeave({ ...base, chain: [waliKota] });
    expect(route.atasan.kepalaDaerah).toBe(true);
    expect(route.pejabat).toEqual(PPK_APPROVER);
  });

  it('while the appraiser is on leave, the step goes to the next official up (who appoints the Plh)', () => {
    const route = routeLeave({ ...base, onLeave: new Set(['emp-budi']) });
    expect(route.atasan).toMatchObject({ employeeId: 'emp-kadis', delegatedFrom: 'emp-budi' });
    expect(route.atasanEscalation).toEqual(PPK_APPROVER);
  });

  it('a Plh appointed for the absence fills the post, so the step goes to the Plh', () => {
    const plh = { ...kabid, employeeId: 'emp-kasi', acting: 'PLH' as const };
    expect(routeLeave({ ...base, chain: [plh, kadis, waliKota], onLeave: new Set(['emp-budi']) }).atasan).toMatchObject({ employeeId: 'emp-kasi', acting: 'PLH', delegatedFrom: null });
  });

  it('a deciding official on leave passes the decision up too', () => {
    expect(routeLeave({ ...base, onLeave: new Set(['emp-kadis']) }).pejabat).toMatchObject({ kepalaDaerah: true, delegatedFrom: 'emp-kadis' });
  });

  it('a vacant post without a Plt is passed over', () => {
    const vacant = { ...kabid, employeeId: null };
    expect(routeLeave({ ...base, chain: [vacant, kadis, waliKota] }).atasan).toMatchObject({ employeeId: 'emp-kadis', delegatedFrom: null });
  });

  it('leave abroad passes a Plt kepala OPD over to the next official up (a Plh/Plt may not grant it)', () => {
    const pltKadis = { ...kadis, employeeId: 'emp-budi', acting: 'PLT' as const };
    expect(routeLeave({ ...base, chain: [kabid, pltKadis, waliKota] }).pejabat).toMatchObject({ employeeId: 'emp-budi', acting: 'PLT' });
    expect(routeLeave({ ...base, chain: [kabid, pltKadis, waliKota], actingMayDecide: false }).pejabat).toEqual(PPK_APPROVER);
  });
});
