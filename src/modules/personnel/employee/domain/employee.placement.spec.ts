import { JenisJabatan } from '@modules/organisation';
import { deciderSpec } from '@kernel/testing/decider-spec';
import { employeeDecider } from './employee.decider';
import { EMPLOYEE_ID, SK, budiRegistered, endPlt, pltStarted, startPlt, transfer } from './testing/employee.fixtures';

const spec = deciderSpec(employeeDecider);

const heldKabid = { target: { jenisJabatan: JenisJabatan.ADMINISTRATOR, held: true }, ownJenisJabatan: JenisJabatan.PENGAWAS };

describe('TransferEmployee (mutasi)', () => {
  const transferred = {
    type: 'personnel.EmployeeTransferred' as const,
    data: {
      employeeId: EMPLOYEE_ID,
      from: { unitId: 'unit-bkpsdm', positionId: 'pos-analis' },
      to: { unitId: 'unit-dinkes', positionId: 'pos-perencana' },
      effectiveDate: '2025-04-01',
      legalBasis: SK,
    },
  };

  it('moves the employee, recording where from and where to', () => {
    spec.given([budiRegistered]).when(transfer).then([transferred]);
  });

  it('accepts a new position in the same unit', () => {
    expect(spec.given([budiRegistered]).when({ ...transfer, toUnitId: 'unit-bkpsdm' }).events()).toHaveLength(1);
  });

  it('refuses a transfer to the unit and position already held', () => {
    spec.given([budiRegistered]).when({ ...transfer, toUnitId: 'unit-bkpsdm', toPositionId: 'pos-analis' }).thenViolates('PERSONNEL.TRANSFER_TO_SAME_POSITION');
  });

  it('knows the placement after a transfer', () => {
    spec.given([budiRegistered, transferred]).when(transfer).thenViolates('PERSONNEL.TRANSFER_TO_SAME_POSITION');
    expect(spec.given([budiRegistered, transferred]).when({ ...transfer, toUnitId: 'unit-bkpsdm', toPositionId: 'pos-analis' }).events()).toHaveLength(1);
  });

  it('needs a legal basis, a real date and a destination', () => {
    spec
      .given([budiRegistered])
      .when({ ...transfer, toPositionId: '', effectiveDate: '2025-13-01', legalBasis: undefined as never })
      .thenViolates('PERSONNEL.FIELD_REQUIRED', 'PERSONNEL.DATE_INVALID', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
  });
});

describe('StartActingAssignment (Plt/Plh)', () => {
  it('starts a bounded acting assignment', () => {
    spec.given([budiRegistered]).when(startPlt).then([pltStarted]);
  });

  it('accepts a one-day Plh', () => {
    expect(spec.given([budiRegistered]).when({ ...startPlt, kind: 'PLH', until: startPlt.from, posts: heldKabid }).events()).toHaveLength(1);
  });

  describe('who may act, where and how long (SE Kepala BKN 1/SE/I/2021, DOMAIN.md §1.17)', () => {
    const posts = (target: JenisJabatan, own: JenisJabatan | null, held = false) => ({ posts: { target: { jenisJabatan: target, held }, ownJenisJabatan: own } });

    it('refuses a JF ahli pertama as Plt of an occupied JPT Pratama post, naming both problems', () => {
      spec
        .given([budiRegistered])
        .when({ ...startPlt, ...posts(JenisJabatan.JPT_PRATAMA, JenisJabatan.JF_AHLI_PERTAMA, true) })
        .thenViolates('PERSONNEL.ACTING_NOT_ELIGIBLE', 'PERSONNEL.PLT_POST_NOT_VACANT');
    });

    it.each([
      [JenisJabatan.ADMINISTRATOR, JenisJabatan.JPT_PRATAMA],
      [JenisJabatan.JPT_PRATAMA, JenisJabatan.JPT_PRATAMA],
      [JenisJabatan.PELAKSANA, JenisJabatan.PENGAWAS],
      [JenisJabatan.JF_AHLI_UTAMA, JenisJabatan.JPT_PRATAMA],
      [JenisJabatan.JF_AHLI_MADYA, JenisJabatan.ADMINISTRATOR],
      [JenisJabatan.JF_AHLI_MUDA, JenisJabatan.PENGAWAS],
    ])('lets a %s act for a %s', (own, target) => {
      expect(spec.given([budiRegistered]).when({ ...startPlt, ...posts(target, own) }).events()).toHaveLength(1);
    });

    it.each([
      [JenisJabatan.PENGAWAS, JenisJabatan.JPT_PRATAMA],
      [JenisJabatan.JF_AHLI_MADYA, JenisJabatan.JPT_PRATAMA],
      [JenisJabatan.JF_AHLI_PERTAMA, JenisJabatan.ADMINISTRATOR],
      [JenisJabatan.JF_TERAMPIL, JenisJabatan.PENGAWAS],
    ])('refuses a %s acting for a %s', (own, target) => {
      spec.given([budiRegistered]).when({ ...startPlt, ...posts(target, own) }).thenViolates('PERSONNEL.ACTING_NOT_ELIGIBLE');
    });

    it('has no Plt/Plh for a functional or pelaksana post', () => {
      spec.given([budiRegistered]).when({ ...startPlt, ...posts(JenisJabatan.JF_AHLI_MUDA, JenisJabatan.JF_AHLI_MADYA) }).thenViolates('PERSONNEL.ACTING_POST_NOT_STRUCTURAL');
    });

    it('appoints a Plh only while a definitive official holds the post', () => {
      spec.given([budiRegistered]).when({ ...startPlt, kind: 'PLH', ...posts(JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS, false) }).thenViolates('PERSONNEL.PLH_POST_VACANT');
    });

    it('limits a Plt to 3 months per SK', () => {
      expect(spec.given([budiRegistered]).when({ ...startPlt, from: '2025-04-01', until: '2025-06-30' }).events()).toHaveLength(1);
      spec.given([budiRegistered]).when({ ...startPlt, from: '2025-04-01', until: '2025-07-01' }).thenViolates('PERSONNEL.PLT_TERM_TOO_LONG');
      expect(spec.given([budiRegistered]).when({ ...startPlt, kind: 'PLH', from: '2025-04-01', until: '2025-07-15', posts: heldKabid }).events()).toHaveLength(1);
    });
  });

  it('refuses an assignment that ends before it starts', () => {
    spec.given([budiRegistered]).when({ ...startPlt, until: '2025-03-31' }).thenViolates('PERSONNEL.ACTING_ASSIGNMENT_UNTIL_BEFORE_FROM');
  });

  it('refuses an overlapping assignment on the same position', () => {
    spec
      .given([budiRegistered, pltStarted])
      .when({ ...startPlt, assignmentId: 'plh-2', kind: 'PLH', from: '2025-06-30', until: '2025-07-10', posts: heldKabid })
      .thenViolates('PERSONNEL.ACTING_ASSIGNMENT_OVERLAPS');
  });

  it('accepts an overlapping assignment on another position', () => {
    expect(spec.given([budiRegistered, pltStarted]).when({ ...startPlt, assignmentId: 'plt-2', positionId: 'pos-sekretaris' }).events()).toHaveLength(1);
  });

  it('accepts the same position again once the earlier assignment has ended', () => {
    const ended = { type: 'personnel.ActingAssignmentEnded' as const, data: { employeeId: EMPLOYEE_ID, assignmentId: 'plt-1', endedOn: '2025-05-15', reason: 'Definitif' } };
    expect(spec.given([budiRegistered, pltStarted, ended]).when({ ...startPlt, assignmentId: 'plt-2', from: '2025-05-16' }).events()).toHaveLength(1);
    spec.given([budiRegistered, pltStarted, ended]).when({ ...startPlt, assignmentId: 'plt-2', from: '2025-05-15' }).thenViolates('PERSONNEL.ACTING_ASSIGNMENT_OVERLAPS');
  });

  it('refuses acting in the position the employee holds', () => {
    spec.given([budiRegistered]).when({ ...startPlt, positionId: 'pos-analis' }).thenViolates('PERSONNEL.ACTING_ON_OWN_POSITION');
  });

  it('refuses a reused assignment id', () => {
    spec
      .given([budiRegistered, pltStarted])
      .when({ ...startPlt, positionId: 'pos-sekretaris' })
      .thenViolates('PERSONNEL.ACTING_ASSIGNMENT_ID_TAKEN');
  });

  it('names every problem at once', () => {
    spec
      .given([budiRegistered])
      .when({ ...startPlt, kind: 'PJ' as never, from: '2025-02-30', legalBasis: { skNumber: 'x', skDate: '' } })
      .thenViolates('PERSONNEL.VALUE_INVALID', 'PERSONNEL.DATE_INVALID', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
  });
});

describe('EndActingAssignment', () => {
  it('ends an assignment early', () => {
    spec
      .given([budiRegistered, pltStarted])
      .when(endPlt)
      .then([{ type: 'personnel.ActingAssignmentEnded', data: { employeeId: EMPLOYEE_ID, assignmentId: 'plt-1', endedOn: '2025-05-15', reason: 'Pejabat definitif dilantik' } }]);
  });

  it('accepts the first and the last planned day', () => {
    expect(spec.given([budiRegistered, pltStarted]).when({ ...endPlt, endedOn: '2025-04-01' }).events()).toHaveLength(1);
    expect(spec.given([budiRegistered, pltStarted]).when({ ...endPlt, endedOn: '2025-06-30' }).events()).toHaveLength(1);
  });

  it('refuses an end outside the assignment period', () => {
    spec.given([budiRegistered, pltStarted]).when({ ...endPlt, endedOn: '2025-03-31' }).thenViolates('PERSONNEL.ACTING_ASSIGNMENT_END_OUTSIDE_PERIOD');
    spec.given([budiRegistered, pltStarted]).when({ ...endPlt, endedOn: '2025-07-01' }).thenViolates('PERSONNEL.ACTING_ASSIGNMENT_END_OUTSIDE_PERIOD');
  });

  it('refuses an unknown assignment', () => {
    spec.given([budiRegistered]).when(endPlt).thenViolates('PERSONNEL.ACTING_ASSIGNMENT_NOT_FOUND');
  });

  it('refuses ending twice', () => {
    const ended = spec.given([budiRegistered, pltStarted]).when(endPlt).events();
    spec.given([budiRegistered, pltStarted, ...ended]).when(endPlt).thenViolates('PERSONNEL.ACTING_ASSIGNMENT_ALREADY_ENDED');
  });

  it('needs a reason and a real date', () => {
    spec.given([budiRegistered, pltStarted]).when({ ...endPlt, reason: '', endedOn: 'soon' }).thenViolates('PERSONNEL.REASON_REQUIRED', 'PERSONNEL.DATE_INVALID');
  });
});
