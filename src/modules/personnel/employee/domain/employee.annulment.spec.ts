import { fold } from '@kernel/decider';
import { deciderSpec } from '@kernel/testing/decider-spec';
import { employeeOnDate } from '../employee-directory/employee-on-date';
import { employeeDecider } from './employee.decider';
import { EmployeeEvent, EmployeeTransferred } from './employee.events';
import { EmployeeRecord } from './employee.state';
import { budiRegistered, hukdisRecorded, pltStarted, retired, SAMPLE_EVENTS } from './testing/employee.fixtures';
import { annul, budiAsPppk, CORRECTION_SAMPLES, found, RALAT } from './testing/correction.fixtures';
import { GolonganCorrected } from './employee.correction-events';

const spec = deciderSpec(employeeDecider);
const stateOf = (...events: readonly EmployeeEvent[]) => fold(employeeDecider, events) as EmployeeRecord;
const TRANSFERRED = 'personnel.EmployeeTransferred';
const PROMOTED = 'personnel.EmployeePromoted';
const HUKDIS = 'personnel.DisciplinaryActionRecorded';
const RETIRED = 'personnel.EmployeeRetired';
const toDinkes = SAMPLE_EVENTS[TRANSFERRED] as EmployeeTransferred;
const toYankes: EmployeeTransferred = {
  type: TRANSFERRED,
  data: { employeeId: 'emp-budi', from: toDinkes.data.to, to: { unitId: 'unit-yankes', positionId: 'pos-staf' }, effectiveDate: '2025-09-01', legalBasis: RALAT },
};
const promoted = SAMPLE_EVENTS[PROMOTED];
const annulled = (events: readonly EmployeeEvent[]) => events[0] as Extract<EmployeeEvent, { type: 'personnel.CareerActionAnnulled' }>;

describe('AnnulCareerAction: a transfer (mutasi)', () => {
  it('names the annulled event and returns the employee to the post held before, since when it was held', () => {
    spec.given([budiRegistered, toDinkes]).when(annul(found(TRANSFERRED))).then([CORRECTION_SAMPLES['personnel.CareerActionAnnulled']]);
  });

  it('leaves the record where it was before the transfer, the transfer marked annulled; a later transfer counts anew', () => {
    const state = stateOf(budiRegistered, toDinkes, CORRECTION_SAMPLES['personnel.CareerActionAnnulled']);
    expect(state).toMatchObject({ unitId: 'unit-bkpsdm', positionId: 'pos-analis', placedSince: '2025-01-15' });
    expect(state.careerActions).toEqual([expect.objectContaining({ kind: 'TRANSFER', ordinal: 1, annulled: true })]);
    const again = stateOf(budiRegistered, toDinkes, CORRECTION_SAMPLES['personnel.CareerActionAnnulled'], toDinkes);
    expect(again.careerActions.map((a) => [a.ordinal, a.annulled])).toEqual([[1, true], [2, false]]);
  });

  it('annuls the latest transfer first: the one before it is refused while a later one stands', () => {
    spec.given([budiRegistered, toDinkes, toYankes]).when(annul(found(TRANSFERRED, 1))).thenViolates('PERSONNEL.ANNULMENT_NOT_LATEST_OF_KIND');
    const second = annulled(spec.given([budiRegistered, toDinkes, toYankes]).when(annul(found(TRANSFERRED, 2, 2))).events());
    expect(second.data.effect).toMatchObject({ kind: 'TRANSFER', restored: { placement: toDinkes.data.to, since: '2025-04-01' }, vacated: toYankes.data.to });
    // Then the first one may go, back to the registration post.
    const first = annulled(spec.given([budiRegistered, toDinkes, toYankes, second]).when(annul(found(TRANSFERRED, 1))).events());
    expect(first.data.effect).toMatchObject({ restored: { placement: toDinkes.data.from, since: '2025-01-15' } });
  });

  it('refuses a transfer that a later Plt/Plh assignment was decided on', () => {
    spec.given([budiRegistered, toDinkes, pltStarted]).when(annul(found(TRANSFERRED))).thenViolates('PERSONNEL.ANNULMENT_BLOCKED_BY_LATER_ACTING');
    expect(spec.given([budiRegistered, pltStarted, toDinkes]).when(annul(found(TRANSFERRED, 1, 2))).events()).toHaveLength(1);
  });

  it('refuses a transfer or promotion of an employee who no longer serves', () => {
    spec.given([budiRegistered, toDinkes, retired()]).when(annul(found(TRANSFERRED))).thenViolates('PERSONNEL.EMPLOYEE_NOT_ACTIVE');
    spec.given([budiRegistered, promoted, retired()]).when(annul(found(PROMOTED))).thenViolates('PERSONNEL.EMPLOYEE_NOT_ACTIVE');
  });
});

describe('AnnulCareerAction: a promotion (KP)', () => {
  it('gives back the golongan and TMT held before', () => {
    const event = annulled(spec.given([budiRegistered, promoted]).when(annul(found(PROMOTED))).events());
    expect(event.data.effect).toMatchObject({ kind: 'PROMOTION', restored: { golongan: 'III_A', golonganTmt: '2021-04-01' }, revoked: { golongan: 'III_B', golonganTmt: '2025-04-01' } });
    expect(stateOf(budiRegistered, promoted, event)).toMatchObject({ golongan: 'III_A', golonganTmt: '2021-04-01' });
  });

  it('refuses a promotion whose golongan a correction has replaced since', () => {
    const sample = CORRECTION_SAMPLES['personnel.GolonganCorrected'] as GolonganCorrected;
    const corrected: GolonganCorrected = { ...sample, data: { ...sample.data, from: { golongan: 'III_B', golonganTmt: '2025-04-01' }, to: { golongan: 'III_C', golonganTmt: '2025-04-01' } } };
    spec.given([budiRegistered, promoted, corrected]).when(annul(found(PROMOTED))).thenViolates('PERSONNEL.ANNULMENT_BLOCKED_BY_CORRECTION');
  });

  it('once annulled, lets the employee type be corrected to PPPK (no standing KP)', () => {
    const event = annulled(spec.given([budiRegistered, promoted]).when(annul(found(PROMOTED))).events());
    spec.given([budiRegistered, promoted]).when(budiAsPppk()).thenViolates('PERSONNEL.EMPLOYMENT_TYPE_CORRECTION_KP_RECORDED');
    expect(spec.given([budiRegistered, promoted, event]).when(budiAsPppk()).events()[0].type).toBe('personnel.EmploymentTypeCorrected');
  });
});

describe('AnnulCareerAction: a hukuman disiplin', () => {
  const second = hukdisRecorded({ hukdisId: 'hd-2', effectiveFrom: '2025-03-01', activeUntil: '2025-09-01' });

  it('takes the punishment out of the record (it no longer blocks KP), any standing one', () => {
    const event = annulled(spec.given([budiRegistered, hukdisRecorded(), second]).when(annul(found(HUKDIS, 1))).events());
    expect(event.data.effect).toMatchObject({ kind: 'HUKDIS', hukdisId: 'hd-1' });
    expect(stateOf(budiRegistered, hukdisRecorded(), second, event).hukdis.map((h) => h.hukdisId)).toEqual(['hd-2']);
  });

  it('is possible after retirement, but not twice', () => {
    const event = annulled(spec.given([budiRegistered, hukdisRecorded(), retired()]).when(annul(found(HUKDIS))).events());
    spec.given([budiRegistered, hukdisRecorded(), event]).when(annul(found(HUKDIS))).thenViolates('PERSONNEL.CAREER_ACTION_ALREADY_ANNULLED');
  });
});

describe('AnnulCareerAction: a retirement', () => {
  it('makes the employee serve again in the post held, giving back the Plt/Plh terms the retirement cut', () => {
    const longPlt = { ...pltStarted, data: { ...pltStarted.data, until: '2045-06-30' } };
    const event = annulled(spec.given([budiRegistered, longPlt, retired()]).when(annul(found(RETIRED, 1, 2))).events());
    expect(event.data.effect).toMatchObject({
      kind: 'RETIREMENT',
      retirementKind: 'PENSIUN_BUP',
      restored: { placement: { unitId: 'unit-bkpsdm', positionId: 'pos-analis' }, since: '2025-01-15', acting: [expect.objectContaining({ assignmentId: 'plt-1', until: '2045-06-30' })] },
    });
    expect(stateOf(budiRegistered, longPlt, retired(), event)).toMatchObject({ status: 'AKTIF', retirement: null });
  });

  it('lets the employee be retired again afterwards, and that retirement is the one to annul next', () => {
    const event = annulled(spec.given([budiRegistered, retired()]).when(annul(found(RETIRED))).events());
    spec.given([budiRegistered, retired(), event, retired('MENINGGAL')]).when(annul(found(RETIRED, 1))).thenViolates('PERSONNEL.CAREER_ACTION_ALREADY_ANNULLED');
    expect(spec.given([budiRegistered, retired(), event, retired('MENINGGAL')]).when(annul(found(RETIRED, 2, 3))).events()).toHaveLength(1);
  });
});

describe('AnnulCareerAction: what cannot be annulled', () => {
  it('refuses an event that is not in the stream, or not a career action (corrections are corrected)', () => {
    spec.given([budiRegistered]).when(annul({ eventId: 'nope', found: false })).thenViolates('PERSONNEL.ANNULMENT_TARGET_NOT_FOUND');
    spec.given([budiRegistered]).when(annul(found('personnel.EmployeeRegistered', 1, 0))).thenViolates('PERSONNEL.ANNULMENT_NOT_A_CAREER_ACTION');
    spec.given([budiRegistered, CORRECTION_SAMPLES['personnel.NipCorrected']]).when(annul(found('personnel.NipCorrected'))).thenViolates('PERSONNEL.ANNULMENT_NOT_A_CAREER_ACTION');
  });

  it('needs a reason and an SK (pembatalan)', () => {
    spec.given([budiRegistered, toDinkes]).when(annul(found(TRANSFERRED), { reason: '', legalBasis: { skNumber: ' ', skDate: '2025-01-01' } })).thenViolates('PERSONNEL.REASON_REQUIRED', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
  });
});

describe('the record on a date honours annulments', () => {
  it('shows the post before an annulled transfer on every date, and the golongan before an annulled promotion', () => {
    const events = [budiRegistered, toDinkes, CORRECTION_SAMPLES['personnel.CareerActionAnnulled'], promoted];
    const promotionAnnulled = annulled(spec.given(events).when(annul(found(PROMOTED, 1, 3))).events());
    for (const day of ['2025-03-01', '2025-05-01', '2026-01-01']) {
      expect(employeeOnDate([...events, promotionAnnulled], day)).toMatchObject({ positionId: 'pos-analis', golongan: 'III_A' });
    }
  });
});
