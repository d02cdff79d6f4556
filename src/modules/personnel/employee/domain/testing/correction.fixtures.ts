/**
 * Test data for the correction and annulment specs: SK ralat / pembatalan commands on Budi (PNS,
 * NIP 198609262015051001) and Sari (PPPK), and one sample of each compensating event.
 */
import { CorrectionEvent } from '../employee.correction-events';
import { AnnulCareerAction, CorrectEmploymentType, CorrectGolongan, CorrectNip, CorrectTmt } from '../employee.correction-commands';
import { LegalBasis } from '@modules/shared/legal-basis';

export const RALAT: LegalBasis = { skNumber: '800/9/RALAT/2025', skDate: '2025-08-01' };
const BUDI = 'emp-budi';

export const correctGolongan = (over: Partial<CorrectGolongan> = {}): CorrectGolongan => ({
  type: 'CorrectGolongan',
  employeeId: BUDI,
  golongan: 'III_B',
  golonganTmt: '2021-10-01',
  reason: 'Salah ketik saat migrasi data',
  legalBasis: RALAT,
  ...over,
});

export const correctTmt = (tmt: string, over: Partial<CorrectTmt> = {}): CorrectTmt => ({ type: 'CorrectTmt', employeeId: BUDI, tmt, reason: 'Sesuai SK CPNS', legalBasis: RALAT, ...over });

export const correctNip = (nip: string, over: Partial<CorrectNip> = {}): CorrectNip => ({ type: 'CorrectNip', employeeId: BUDI, nip, reason: 'Sesuai nota persetujuan BKN', legalBasis: RALAT, ...over });

/** Budi was a PPPK all along: his NI PPPK encodes the same birth date and sex, appointed 2015. */
export const budiAsPppk = (over: Partial<CorrectEmploymentType> = {}): CorrectEmploymentType => ({
  type: 'CorrectEmploymentType',
  employeeId: BUDI,
  employmentType: 'PPPK',
  identifier: '198609262015211001',
  golongan: 'IX',
  reason: 'Diangkat sebagai PPPK, bukan CPNS',
  legalBasis: RALAT,
  ...over,
});

export const annul = (target: AnnulCareerAction['target'], over: Partial<AnnulCareerAction> = {}): AnnulCareerAction => ({
  type: 'AnnulCareerAction',
  employeeId: BUDI,
  target,
  reason: 'SK dibatalkan oleh PPK',
  legalBasis: RALAT,
  ...over,
});

/** The target as the handler finds it: the ordinal-th event of `type`, at `revision`. */
export const found = (type: string, ordinal = 1, revision = 1): AnnulCareerAction['target'] => ({ eventId: `ev-${type}-${ordinal}`, found: true, type, revision, position: 100 + revision, ordinal });

export const CORRECTION_SAMPLES: Record<CorrectionEvent['type'], CorrectionEvent> = {
  'personnel.GolonganCorrected': {
    type: 'personnel.GolonganCorrected',
    data: { employeeId: BUDI, from: { golongan: 'III_A', golonganTmt: '2021-04-01' }, to: { golongan: 'III_B', golonganTmt: '2021-10-01' }, reason: 'Salah ketik saat migrasi data', legalBasis: RALAT },
  },
  'personnel.TmtCorrected': { type: 'personnel.TmtCorrected', data: { employeeId: BUDI, from: '2015-05-01', to: '2015-03-01', reason: 'Sesuai SK CPNS', legalBasis: RALAT } },
  'personnel.EmploymentTypeCorrected': {
    type: 'personnel.EmploymentTypeCorrected',
    data: {
      employeeId: BUDI,
      from: { employmentType: 'PNS', identifierType: 'NIP', identifier: '198609262015051001', golongan: 'III_A', golonganTmt: '2021-04-01' },
      to: { employmentType: 'PPPK', identifierType: 'NI_PPPK', identifier: '198609262015211001', golongan: 'IX', golonganTmt: '2021-04-01' },
      reason: 'Diangkat sebagai PPPK, bukan CPNS',
      legalBasis: RALAT,
    },
  },
  'personnel.NipCorrected': {
    type: 'personnel.NipCorrected',
    data: { employeeId: BUDI, identifierType: 'NIP', from: '198609262015051001', to: '198609262015051002', reason: 'Sesuai nota persetujuan BKN', legalBasis: RALAT },
  },
  'personnel.CareerActionAnnulled': {
    type: 'personnel.CareerActionAnnulled',
    data: {
      employeeId: BUDI,
      annulled: { eventId: 'ev-personnel.EmployeeTransferred-1', type: 'personnel.EmployeeTransferred', revision: 1, position: 101, ordinal: 1 },
      reason: 'SK dibatalkan oleh PPK',
      legalBasis: RALAT,
      effect: {
        kind: 'TRANSFER',
        restored: { placement: { unitId: 'unit-bkpsdm', positionId: 'pos-analis' }, since: '2025-01-15' },
        vacated: { unitId: 'unit-dinkes', positionId: 'pos-perencana' },
      },
    },
  },
};
