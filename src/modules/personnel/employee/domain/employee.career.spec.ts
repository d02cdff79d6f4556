import { deciderSpec } from '@kernel/testing/decider-spec';
import { JenisJabatan } from '@modules/organisation';
import { employeeDecider } from './employee.decider';
import { EmployeePromoted } from './employee.events';
import { EMPLOYEE_ID, SK, SKP_2023, SKP_2024, budiRegistered, hukdisRecorded, promote, recordHukdis, registered, retire, sariRegistered } from './testing/employee.fixtures';

const spec = deciderSpec(employeeDecider);

const promoted: EmployeePromoted = {
  type: 'personnel.EmployeePromoted',
  data: {
    employeeId: EMPLOYEE_ID,
    kind: 'REGULER',
    from: 'III_A',
    to: 'III_B',
    tmt: '2025-04-01',
    predikat: [
      { year: 2024, predikat: 'BAIK', source: 'RECORDED_INPUT', legalBasis: SKP_2024 },
      { year: 2023, predikat: 'SANGAT_BAIK', source: 'RECORDED_INPUT', legalBasis: SKP_2023 },
    ],
    superiorGolongan: 'III_D',
    jf: { isJf: false, angkaKreditMet: false },
    education: 'S1',
    referenceData: { educationCeilings: 'EDUCATION_CEILINGS_V1', kpPeriods: 'KP_PERIODS_V1' },
    legalBasis: SK,
  },
};

describe('PromoteEmployee (KP Reguler)', () => {
  it('promotes one grade, recording the inputs, their source and the reference data versions', () => {
    spec.given([budiRegistered]).when(promote).then([promoted]);
  });

  describe('predikat from performance (issue 9 item 6): published years from closed evaluations, recorded input only before the system', () => {
    it('takes the published predikat of a year the system holds, recording its evaluation', () => {
      const events = spec
        .given([budiRegistered])
        .when({ ...promote, predikat: [promote.predikat[1]], published: [{ year: 2024, predikat: 'SANGAT_BAIK', evaluationId: 'emp-budi.2024.2024' }], systemFirstYear: 2024 })
        .events();
      expect((events[0] as EmployeePromoted).data.predikat).toEqual([
        { year: 2024, predikat: 'SANGAT_BAIK', source: 'PERFORMANCE_EVALUATION', evaluationId: 'emp-budi.2024.2024' },
        { year: 2023, predikat: 'SANGAT_BAIK', source: 'RECORDED_INPUT', legalBasis: SKP_2023 },
      ]);
    });

    it('refuses a recorded input for a year the system holds, and one without its legal basis', () => {
      spec.given([budiRegistered]).when({ ...promote, systemFirstYear: 2024, published: [{ year: 2024, predikat: 'BAIK', evaluationId: 'e' }] }).thenViolates('PERSONNEL.KP_PREDIKAT_RECORDED_IN_SYSTEM_YEAR');
      spec.given([budiRegistered]).when({ ...promote, predikat: [{ year: 2024, predikat: 'BAIK' }, promote.predikat[1]] }).thenViolates('PERSONNEL.KP_PREDIKAT_LEGAL_BASIS_REQUIRED');
    });

    it('a year the system holds without a published predikat (not closed yet) is unmet: no input can stand in', () => {
      spec.given([budiRegistered]).when({ ...promote, predikat: [promote.predikat[1]], published: [], systemFirstYear: 2024 }).thenViolates('PERSONNEL.KP_PREDIKAT_BELOW_BAIK');
      spec.given([budiRegistered]).when({ ...promote, predikat: [promote.predikat[1]], published: [{ year: 2024, predikat: 'BUTUH_PERBAIKAN', evaluationId: 'e' }], systemFirstYear: 2024 }).thenViolates('PERSONNEL.KP_PREDIKAT_BELOW_BAIK');
    });
  });

  it('refuses a PPPK', () => {
    spec.given([sariRegistered]).when({ ...promote, employeeId: 'emp-sari' }).thenViolates('PERSONNEL.PPPK_CANNOT_BE_PROMOTED_KP');
  });

  it('names every unmet rule at once', () => {
    spec
      .given([budiRegistered])
      .when({ ...promote, toGolongan: 'III_C', tmt: '2025-04-15', predikat: [], superiorGolongan: null, legalBasis: undefined as never })
      .thenViolates(
        'PERSONNEL.KP_NOT_NEXT_GOLONGAN',
        'PERSONNEL.KP_TMT_NOT_FIRST_OF_MONTH',
        'PERSONNEL.KP_PREDIKAT_BELOW_BAIK',
        'PERSONNEL.KP_ABOVE_SUPERIOR',
        'PERSONNEL.LEGAL_BASIS_REQUIRED',
      );
  });

  it('refuses while a recorded punishment is in force at the TMT', () => {
    spec.given([budiRegistered, hukdisRecorded()]).when(promote).thenViolates('PERSONNEL.KP_ACTIVE_HUKDIS');
  });

  it('promotes once the punishment has run out', () => {
    const over = hukdisRecorded({ effectiveFrom: '2024-06-01', decidedAt: '2024-06-01', activeUntil: '2024-12-01' });
    expect(spec.given([budiRegistered, over]).when(promote).events()).toEqual([promoted]);
  });

  it('uses the corrected education for the ceiling', () => {
    const slta = { type: 'personnel.EmployeeDataCorrected' as const, data: { employeeId: EMPLOYEE_ID, changes: [{ field: 'education' as const, from: 'S1' as const, to: 'SLTA' as const }], reason: 'r', legalBasis: SK } };
    const atIIIb = registered({ golongan: 'III_B' });
    spec.given([atIIIb, slta]).when({ ...promote, toGolongan: 'III_C' }).thenViolates('PERSONNEL.KP_ABOVE_EDUCATION_CEILING');
  });

  it('restarts the years in pangkat from the new golongan TMT', () => {
    spec.given([budiRegistered, promoted]).when({ ...promote, toGolongan: 'III_C', tmt: '2026-04-01' }).thenViolates('PERSONNEL.KP_MIN_YEARS_IN_PANGKAT', 'PERSONNEL.KP_PREDIKAT_BELOW_BAIK');
  });

  it('accepts a JF holder after 2 years with angka kredit', () => {
    const jf = { ...promote, jf: { isJf: true, angkaKreditMet: true } };
    expect(spec.given([registered({ golonganTmt: '2023-04-01' })]).when(jf).events()).toHaveLength(1);
    spec.given([registered({ golonganTmt: '2023-04-01' })]).when({ ...jf, jf: { isJf: true, angkaKreditMet: false } }).thenViolates('PERSONNEL.KP_ANGKA_KREDIT_NOT_MET');
  });

  it('reports malformed input without running the eligibility rules', () => {
    spec.given([budiRegistered]).when({ ...promote, tmt: '2025-04-31', toGolongan: 'III/b' as never }).thenViolates('PERSONNEL.DATE_INVALID', 'PERSONNEL.VALUE_INVALID');
  });
});

describe('RecordDisciplinaryAction', () => {
  it('records the punishment with its level and active window', () => {
    spec.given([budiRegistered]).when(recordHukdis()).then([hukdisRecorded()]);
  });

  it('records a RINGAN punishment as over the day it takes effect', () => {
    const [event] = spec.given([budiRegistered]).when(recordHukdis({ hukdisType: 'TEGURAN_LISAN' })).events();
    expect(event.data).toMatchObject({ level: 'RINGAN', effectiveFrom: '2025-01-15', activeUntil: '2025-01-15' });
  });

  it('records PDH_TAPS as open-ended', () => {
    const [event] = spec.given([budiRegistered]).when(recordHukdis({ hukdisType: 'PDH_TAPS' })).events();
    expect(event.data).toMatchObject({ level: 'BERAT', activeUntil: null });
  });

  it('refuses a punishment that takes effect before it was decided', () => {
    spec.given([budiRegistered]).when(recordHukdis({ effectiveFrom: '2025-01-09' })).thenViolates('PERSONNEL.HUKDIS_EFFECTIVE_BEFORE_DECISION');
  });

  it('refuses a reused id', () => {
    spec.given([budiRegistered, hukdisRecorded()]).when(recordHukdis()).thenViolates('PERSONNEL.HUKDIS_ID_TAKEN');
  });

  it('names every input problem at once', () => {
    spec
      .given([budiRegistered])
      .when(recordHukdis({ hukdisType: 'SKORSING' as never, description: '', decidedAt: '2025-02-30', legalBasis: { skNumber: ' ', skDate: '2025-01-10' } }))
      .thenViolates('PERSONNEL.VALUE_INVALID', 'PERSONNEL.FIELD_REQUIRED', 'PERSONNEL.DATE_INVALID', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
  });
});

describe('RetireEmployee', () => {
  it('ends the employment', () => {
    spec
      .given([budiRegistered])
      .when(retire('PENSIUN_BUP'))
      .then([
        { type: 'personnel.EmployeeRetired', data: { employeeId: EMPLOYEE_ID, kind: 'PENSIUN_BUP', effectiveDate: '2044-10-01', legalBasis: SK, bup: { age: 58, policyVersion: 'BUP-2023' } } },
      ]);
  });

  describe('pensiun BUP (DOMAIN.md §1.16): on the first of the month after the BUP birthday of the post', () => {
    it('refuses a 31-year-old, naming the BUP and the day it falls', () => {
      const refused = spec.given([budiRegistered]).when(retire('PENSIUN_BUP', { effectiveDate: '2018-01-01' })).thenViolates('PERSONNEL.BUP_NOT_REACHED');
      expect(refused.violations[0].message).toContain('BUP 58 tahun untuk PELAKSANA');
      expect(refused.violations[0].message).toContain('pensiun TMT 2044-10-01');
    });

    it.each([
      [JenisJabatan.JF_AHLI_UTAMA, '2051-10-01'],
      [JenisJabatan.JPT_PRATAMA, '2046-10-01'],
      [JenisJabatan.JF_AHLI_MADYA, '2046-10-01'],
      [JenisJabatan.ADMINISTRATOR, '2044-10-01'],
      [JenisJabatan.JF_TERAMPIL, '2044-10-01'],
    ])('takes the BUP of a %s post: %s', (jenisJabatan, due) => {
      spec.given([budiRegistered]).when(retire('PENSIUN_BUP', { jenisJabatan, effectiveDate: due })).then([expect.objectContaining({ type: 'personnel.EmployeeRetired' })]);
      spec.given([budiRegistered]).when(retire('PENSIUN_BUP', { jenisJabatan, effectiveDate: '2044-09-01' })).thenViolates('PERSONNEL.BUP_NOT_REACHED');
    });

    it('refuses another day after the BUP, and a post the tree does not know', () => {
      spec.given([budiRegistered]).when(retire('PENSIUN_BUP', { effectiveDate: '2044-11-01' })).thenViolates('PERSONNEL.BUP_DATE_MISMATCH');
      spec.given([budiRegistered]).when(retire('PENSIUN_BUP', { jenisJabatan: null })).thenViolates('PERSONNEL.BUP_JABATAN_UNKNOWN');
    });

    it('never retires a PPPK on a PNS pension', () => {
      const sari = { employeeId: 'emp-sari' };
      spec.given([sariRegistered]).when(retire('PENSIUN_BUP', sari)).thenViolates('PERSONNEL.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE');
      spec.given([sariRegistered]).when(retire('PENSIUN_APS', sari)).thenViolates('PERSONNEL.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE');
    });
  });

  it('grants pensiun atas permintaan sendiri from 45 years of age and 20 years of service', () => {
    spec.given([budiRegistered]).when(retire('PENSIUN_APS', { effectiveDate: '2036-01-01' })).then([expect.objectContaining({ type: 'personnel.EmployeeRetired' })]);
    const early = spec.given([budiRegistered]).when(retire('PENSIUN_APS', { effectiveDate: '2030-01-01' })).thenViolates('PERSONNEL.APS_CONDITIONS_NOT_MET');
    expect(early.violations[0].message).toContain('usia 43, masa kerja 14');
  });

  it('lets a contract end only for PPPK', () => {
    spec.given([budiRegistered]).when(retire('KONTRAK_BERAKHIR')).thenViolates('PERSONNEL.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE');
    expect(spec.given([sariRegistered]).when({ ...retire('KONTRAK_BERAKHIR'), employeeId: 'emp-sari' }).events()).toHaveLength(1);
  });

  it('needs a known kind, a real date and a legal basis', () => {
    spec
      .given([budiRegistered])
      .when({ ...retire(), kind: 'MUTASI' as never, effectiveDate: '', legalBasis: undefined as never })
      .thenViolates('PERSONNEL.VALUE_INVALID', 'PERSONNEL.DATE_INVALID', 'PERSONNEL.LEGAL_BASIS_REQUIRED');
  });
});
