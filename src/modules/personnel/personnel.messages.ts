import { EnglishMessages, registerEnglishMessages, registerRecordName } from '@kernel/messages';
import { LEGAL_BASIS_REQUIRED } from '@modules/shared/legal-basis';
import { NikRule } from '@modules/shared/nik';
import { NiPppkRule, NipRule } from '@modules/shared/nip';
import { ActingRule } from './employee/domain/acting-rules';
import { AwardDecisionRule } from './employee/domain/employee.decide-awards';
import { AnnulmentRule } from './employee/domain/employee.decide-annulment';
import { CareerRule } from './employee/domain/employee.decide-career';
import { CorrectionRule } from './employee/domain/employee.decide-corrections';
import { ReassignmentRule } from './employee/domain/employee.decide-identifier';
import { IdentityRule } from './employee/domain/employee.decide-identity';
import { HistoryRule } from './employee/domain/employee.decide-import';
import { ImportRule } from './employee/bulk-import/import-columns';
import { PlacementRule } from './employee/domain/employee.decide-placement';
import { EmployeeRule } from './employee/domain/employee.guards';
import { NIP_ALREADY_REGISTERED } from './employee/domain/identifier-claim';
import { KpRule } from './employee/domain/kp-eligibility';
import { AwardRule } from './employee/domain/satyalancana';
import { OrgPlacementRule } from './employee/shared/placement-check';
import { RecruitmentRule } from './recruitment/recruitment.rules';

/**
 * English for personnel's rules, chosen by Accept-Language: en (the deciders write Bahasa Indonesia,
 * with the specifics; English states the rule). One entry per code of each *Rule object: the
 * compiler refuses a missing one, and personnel-messages.spec.ts checks the registry.
 */
const EMPLOYEE_ENGLISH = {
  ...({
    [EmployeeRule.ALREADY_REGISTERED]: 'This employee is already registered',
    [EmployeeRule.NOT_FOUND]: 'This employee is not registered',
    [EmployeeRule.NOT_ACTIVE]: 'The employee is no longer active (retired, discharged or deceased)',
  } satisfies EnglishMessages<typeof EmployeeRule>),
  ...({
    [IdentityRule.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE]: 'The golongan does not belong to this employment type (I_A … IV_E for PNS, I … XVII for PPPK)',
    [IdentityRule.GOLONGAN_TMT_BEFORE_EMPLOYMENT]: 'The golongan TMT cannot precede the employment TMT',
    [IdentityRule.NOTHING_TO_CORRECT]: 'The correction changes nothing: every value given is already recorded',
    [IdentityRule.POSITION_TMT_BEFORE_EMPLOYMENT]: 'The TMT of the jabatan cannot precede the employment TMT',
    [IdentityRule.TMT_AFTER_RECORD_DATE]: 'A TMT or date taken over into the record cannot be later than the day it is recorded',
  } satisfies EnglishMessages<typeof IdentityRule>),
  ...({
    [HistoryRule.HISTORY_BEFORE_EMPLOYMENT]: 'A career history entry cannot precede the employment TMT',
    [HistoryRule.HISTORY_NOT_BEFORE_CURRENT]: 'A past golongan or jabatan must precede the current one',
    [HistoryRule.HISTORY_GOLONGAN_ORDER]: 'The golongan history must rise with its TMT up to the current golongan',
    [HistoryRule.HISTORY_DUPLICATE_TMT]: 'Two history entries of one kind share a TMT',
    [HistoryRule.HISTORY_EDUCATION_ABOVE_CURRENT]: 'A past education level cannot be above the recorded (highest) education',
  } satisfies EnglishMessages<typeof HistoryRule>),
  ...({
    [ImportRule.IDENTIFIER_REPEATED_IN_FILE]: 'The same NIP / NI PPPK appears in an earlier row of this file',
    [ImportRule.HISTORY_ENTRY_MALFORMED]: 'A career history entry lacks the fields its column needs (fields separated by "|", entries by ";")',
    [ImportRule.OUTSIDE_INSTANSI]: 'The row belongs to an instansi other than the one being imported',
  } satisfies EnglishMessages<typeof ImportRule>),
  ...({
    [OrgPlacementRule.UNIT_NOT_FOUND]: 'The unit kerja does not exist',
    [OrgPlacementRule.POSITION_NOT_FOUND]: 'The position (jabatan) does not exist or is abolished',
    [OrgPlacementRule.POSITION_NOT_IN_UNIT]: 'The position belongs to another unit',
    [OrgPlacementRule.POSITION_FULL]: 'The position already has as many definitive holders as its capacity',
  } satisfies EnglishMessages<typeof OrgPlacementRule>),
  ...({
    [PlacementRule.TRANSFER_TO_SAME_POSITION]: 'The employee already holds this position in this unit',
    [PlacementRule.ACTING_UNTIL_BEFORE_FROM]: 'An acting assignment cannot end before it starts',
    [PlacementRule.ACTING_ON_OWN_POSITION]: 'An employee cannot act (Plt/Plh) in the position they hold',
    [PlacementRule.ACTING_OVERLAPS]: 'The period overlaps another acting assignment on the same position',
    [PlacementRule.ACTING_ID_TAKEN]: 'This acting assignment id is already used',
    [PlacementRule.ACTING_NOT_FOUND]: 'The acting assignment does not exist',
    [PlacementRule.ACTING_ALREADY_ENDED]: 'The acting assignment has already ended',
    [PlacementRule.ACTING_END_OUTSIDE_PERIOD]: 'The end date must fall within the assignment period',
  } satisfies EnglishMessages<typeof PlacementRule>),
  ...({
    [ActingRule.PLT_POST_NOT_VACANT]: 'A Plt is appointed only to a vacant post; for a temporary absence of the holder appoint a Plh',
    [ActingRule.PLH_POST_VACANT]: 'A Plh covers only a temporary absence of a definitive holder; for a vacant post appoint a Plt',
    [ActingRule.ACTING_POST_NOT_STRUCTURAL]: 'Plt/Plh are appointed only to leadership posts (JPT, administrator, pengawas)',
    [ActingRule.ACTING_NOT_ELIGIBLE]: 'A Plt/Plh must hold a post at the same level or one level below (SE Kepala BKN 1/SE/I/2021)',
    [ActingRule.PLT_TERM_TOO_LONG]: 'A Plt term is at most 3 months per SK; extend it with a new SK',
  } satisfies EnglishMessages<typeof ActingRule>),
  ...({
    [ReassignmentRule.PPPK_ONLY]: 'Only a PPPK receives a new NI PPPK for a new contract (a NIP is never reassigned)',
    [ReassignmentRule.NI_PPPK_INCONSISTENT]: 'The new NI PPPK encodes a birth date or sex other than the employee record',
    [ReassignmentRule.APPOINTMENT_YEAR_EARLIER]: 'The new NI PPPK encodes an appointment year earlier than the current NI PPPK',
    [ReassignmentRule.UNCHANGED]: 'The new NI PPPK is the one the employee already holds',
    [ReassignmentRule.PREVIOUSLY_HELD]: 'The new NI PPPK was held by this employee before; an identifier is never reused',
  } satisfies EnglishMessages<typeof ReassignmentRule>),
  ...({
    [KpRule.MIN_YEARS_IN_PANGKAT]: 'Not enough full years in the current pangkat for this KP',
    [KpRule.ANGKA_KREDIT_NOT_MET]: 'The angka kredit required for the next pangkat is not met',
    [KpRule.PREDIKAT_BELOW_BAIK]: 'The SKP predikat of each of the two years before the KP year must be given and be BAIK or better',
    [KpRule.ACTIVE_HUKDIS]: 'A disciplinary punishment (hukdis) is in force on the KP date',
    [KpRule.ABOVE_SUPERIOR]: "A KP cannot exceed the direct superior's golongan (give superiorGolongan)",
    [KpRule.ABOVE_EDUCATION_CEILING]: 'The golongan is above the KP Reguler ceiling for the employee’s education',
    [KpRule.NOT_NEXT_GOLONGAN]: 'A KP Reguler goes exactly one golongan up',
    [KpRule.MAX_GOLONGAN]: 'The employee already holds the highest golongan',
    [KpRule.TMT_NOT_FIRST_OF_MONTH]: 'A KP takes effect on the 1st of a month',
    [KpRule.TMT_NOT_IN_PERIOD]: 'The KP date is not in a KP period',
    [KpRule.PREDIKAT_RECORDED_IN_SYSTEM_YEAR]: 'The predikat of a year the performance module holds comes from its closed annual evaluations; a recorded input is only for years before the system',
    [KpRule.PREDIKAT_LEGAL_BASIS_REQUIRED]: 'A recorded predikat needs the legal basis that proves it (number and date of the SKP document)',
  } satisfies EnglishMessages<typeof KpRule>),
  ...({
    [CareerRule.PPPK_CANNOT_BE_PROMOTED_KP]: 'KP (kenaikan pangkat) applies to PNS only; PPPK golongan follow their contract',
    [CareerRule.HUKDIS_ID_TAKEN]: 'This disciplinary action is already recorded',
    [CareerRule.HUKDIS_EFFECTIVE_BEFORE_DECISION]: 'A disciplinary punishment cannot take effect before it was decided',
    [CareerRule.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE]: 'This kind of retirement does not apply to the employee’s employment type (PPPK contracts end as KONTRAK_BERAKHIR)',
    [CareerRule.BUP_NOT_REACHED]: 'The employee has not reached the retirement age (BUP) of their jabatan',
    [CareerRule.BUP_DATE_MISMATCH]: 'A BUP pension takes effect on the 1st of the month after the BUP birthday, and on no other date',
    [CareerRule.BUP_JABATAN_UNKNOWN]: 'The employee’s position is unknown, so the retirement age (BUP) cannot be determined',
    [CareerRule.APS_CONDITIONS_NOT_MET]: 'Retirement at one’s own request needs the minimum age and years of service',
  } satisfies EnglishMessages<typeof CareerRule>),
  ...({
    [AwardDecisionRule.PNS_ONLY]: 'Satyalancana Karya Satya counts service from TMT CPNS, so it applies to PNS only',
    [AwardDecisionRule.NOMINATION_PENDING]: 'A nomination for this employee still awaits a decision',
    [AwardDecisionRule.NOMINATION_NOT_PENDING]: 'The nomination is not awaiting a decision',
    [AwardDecisionRule.BARRED_BY_PTDH]: 'The employee was discharged dishonourably (PTDH); the award cannot be conferred',
  } satisfies EnglishMessages<typeof AwardDecisionRule>),
  ...({
    [AwardRule.SERVICE_YEARS_NOT_MET]: 'Not enough years of service from TMT CPNS for the next Satyalancana class',
    [AwardRule.DISQUALIFIED_BY_HUKDIS]: 'The service record holds a sedang or berat disciplinary punishment',
    [AwardRule.ALL_CLASSES_AWARDED]: 'Satyalancana Karya Satya XXX, the highest class, has already been awarded',
  } satisfies EnglishMessages<typeof AwardRule>),
  ...({
    [CorrectionRule.NIP_CORRECTION_PNS_ONLY]: 'Only a PNS NIP is corrected this way; an NI PPPK changes with reassignIdentifier or an employment type correction',
    [CorrectionRule.IDENTIFIER_NEVER_REUSED]: 'This identifier was held or replaced on this record before; an identifier is never reused',
    [CorrectionRule.TMT_AFTER_RETIREMENT]: 'The TMT cannot fall on or after the day employment ended',
    [CorrectionRule.EMPLOYMENT_TYPE_KP_RECORDED]: 'The record holds a KP promotion, which only a PNS receives: annul it before correcting the type to PPPK',
    [CorrectionRule.EMPLOYMENT_TYPE_NI_REASSIGNED]: 'The record holds NI PPPK reassignments (new contracts): it cannot be corrected to PNS',
  } satisfies EnglishMessages<typeof CorrectionRule>),
  ...({
    [AnnulmentRule.TARGET_NOT_FOUND]: 'The event to annul is not in this employee’s history',
    [AnnulmentRule.NOT_A_CAREER_ACTION]: 'Only a transfer, promotion, disciplinary action or retirement can be annulled; wrong data is corrected instead',
    [AnnulmentRule.ALREADY_ANNULLED]: 'This career action has already been annulled',
    [AnnulmentRule.NOT_LATEST_OF_KIND]: 'A later action of the same kind still stands: annul the latest one first',
    [AnnulmentRule.BLOCKED_BY_LATER_ACTING]: 'Plt/Plh assignments were made after this transfer, on the post it gave: it can no longer be annulled',
    [AnnulmentRule.BLOCKED_BY_CORRECTION]: 'A golongan correction has replaced what this promotion set: correct the golongan instead',
  } satisfies EnglishMessages<typeof AnnulmentRule>),
  [NIP_ALREADY_REGISTERED]: 'This NIP or NI PPPK is already registered to another employee',
  [LEGAL_BASIS_REQUIRED]: 'A legal basis (SK number and SK date YYYY-MM-DD) is required',
};

const IDENTIFIER_ENGLISH = {
  ...({
    [NipRule.FORMAT]: 'A NIP is exactly 18 digits, written without spaces',
    [NipRule.BIRTH_DATE_INVALID]: 'NIP digits 1–8 are not a real birth date YYYYMMDD',
    [NipRule.TMT_MONTH_INVALID]: 'NIP digits 13–14 (TMT CPNS month) must be 01–12',
    [NipRule.SEX_DIGIT_INVALID]: 'NIP digit 15 must be 1 (male) or 2 (female)',
    [NipRule.SEQUENCE_INVALID]: 'NIP digits 16–18 (sequence) must be 001–999',
    [NipRule.TMT_BEFORE_AGE_18]: 'The TMT CPNS in the NIP is before the 18th birthday',
    [NipRule.TMT_AFTER_MAX_AGE]: 'The TMT CPNS in the NIP is later than the maximum age of appointment',
  } satisfies EnglishMessages<typeof NipRule>),
  ...({
    [NiPppkRule.FORMAT]: 'An NI PPPK is exactly 18 digits, written without spaces',
    [NiPppkRule.BIRTH_DATE_INVALID]: 'NI PPPK digits 1–8 are not a real birth date YYYYMMDD',
    [NiPppkRule.SEX_DIGIT_INVALID]: 'NI PPPK digit 15 must be 1 (male) or 2 (female)',
    [NiPppkRule.SEQUENCE_INVALID]: 'NI PPPK digits 16–18 (sequence) must be 001–999',
    [NiPppkRule.APPOINTED_BEFORE_AGE_18]: 'The appointment year in the NI PPPK is before the 18th birthday',
  } satisfies EnglishMessages<typeof NiPppkRule>),
  ...({
    [NikRule.FORMAT]: 'A NIK is exactly 16 digits, written without spaces',
    [NikRule.REGION_INVALID]: 'The NIK’s region codes (province, regency/city, district) are not valid',
    [NikRule.BIRTH_DATE_INVALID]: 'NIK digits 7–12 are not a birth date DDMMYY (women: DD + 40)',
    [NikRule.SEQUENCE_INVALID]: 'NIK digits 13–16 (sequence) must be 0001–9999',
    [NikRule.BIRTH_DATE_MISMATCH]: 'The birth date (or sex) encoded in the NIK differs from the one given',
  } satisfies EnglishMessages<typeof NikRule>),
};

const RECRUITMENT_ENGLISH: EnglishMessages<typeof RecruitmentRule> = {
  [RecruitmentRule.ROUND_UNKNOWN]: 'The selection round has not been opened',
  [RecruitmentRule.ROUND_ALREADY_OPENED]: 'This selection round is already opened: use another round id for a new round',
  [RecruitmentRule.ROUND_CANCELLED]: 'The selection round is cancelled',
  [RecruitmentRule.REGISTRATION_NOT_OPEN]: 'This is possible only while registration is open',
  [RecruitmentRule.REGISTRATION_NOT_CLOSED]: 'This is possible only after registration is closed (closeRegistration)',
  [RecruitmentRule.RANKING_ALREADY_PUBLISHED]: 'This is possible only before the ranking is published',
  [RecruitmentRule.RANKING_NOT_PUBLISHED]: 'This is possible only after the ranking is published (publishRanking)',
  [RecruitmentRule.RESULTS_ALREADY_ANNOUNCED]: 'This is possible only before the final results are announced',
  [RecruitmentRule.RESULTS_NOT_ANNOUNCED]: 'Applicants are appointed only after the final results are announced (announceResults)',
  [RecruitmentRule.NO_FORMASI]: 'Registration cannot close while the round has no formasi',
  [RecruitmentRule.SKD_REFERENCE_UNKNOWN]: 'The SKD reference data does not exist',
  [RecruitmentRule.SKD_REFERENCE_YEAR_MISMATCH]: 'The SKD reference data applies to another formation year',
  [RecruitmentRule.FORMASI_ALREADY_EXISTS]: 'This formasi already exists in the round',
  [RecruitmentRule.FORMASI_POSITION_ALREADY_OFFERED]: 'The position is already offered as another formasi (one formasi per position, with its quota)',
  [RecruitmentRule.FORMASI_QUOTA_INVALID]: 'A quota is a whole number of at least 1',
  [RecruitmentRule.FORMASI_UNKNOWN]: 'The formasi does not exist in this round',
  [RecruitmentRule.APPLICANT_ALREADY_REGISTERED]: 'This NIK is already registered in the round (one registration per person per round)',
  [RecruitmentRule.APPLICANT_ID_TAKEN]: 'This applicant id is already used',
  [RecruitmentRule.APPLICANT_UNKNOWN]: 'The applicant does not exist in this round',
  [RecruitmentRule.EDUCATION_REQUIREMENT_NOT_MET]: 'The applicant’s education does not meet the formasi’s requirement',
  [RecruitmentRule.FORMASI_OTHER_INSTANSI]: 'The position belongs to another instansi than the round’s',
  [RecruitmentRule.FORMASI_CAPACITY_UNRECORDED]: 'The position’s capacity is not recorded: record it (setPositionCapacity) before opening a formasi',
  [RecruitmentRule.FORMASI_QUOTA_EXCEEDS_VACANCY]: 'The quota exceeds the vacancies of the position (capacity minus definitive holders)',
  [RecruitmentRule.APPLICANT_TOO_YOUNG]: 'The applicant is below the minimum age of the formasi on the registration day',
  [RecruitmentRule.APPLICANT_TOO_OLD]: 'The applicant is above the age limit of the formasi on the registration day',
  [RecruitmentRule.PANEL_MEMBER_ALREADY_APPOINTED]: 'This panel member is already appointed',
  [RecruitmentRule.PANEL_KETUA_ALREADY_APPOINTED]: 'The panel already has a KETUA: a panel has exactly one',
  [RecruitmentRule.PANEL_KETUA_MISSING]: 'The ranking is published only by a panel with a KETUA: appoint one first',
  [RecruitmentRule.PANEL_MEMBER_UNKNOWN]: 'The panel member does not exist in this round',
  [RecruitmentRule.PANEL_MEMBER_RECUSED]: 'The panel member is recused from this applicant (conflict of interest)',
  [RecruitmentRule.CONFLICT_ALREADY_DECLARED]: 'This relation with the applicant is already declared',
  [RecruitmentRule.SKD_RESULT_NOT_IMPORTED]: 'SKD results are imported from BKN CAT (source BKN_CAT_IMPORT), never entered by hand',
  [RecruitmentRule.SKD_IMPORT_BATCH_REQUIRED]: 'An SKD result must name the BKN import batch it came from',
  [RecruitmentRule.SKD_SCORE_OUT_OF_RANGE]: 'An SKD score is outside the range of its test',
  [RecruitmentRule.SKD_SCORE_NOT_ATTAINABLE]: 'An SKD score is not one CAT BKN can produce (TWK and TIU go in steps of 5)',
  [RecruitmentRule.SKD_RESULT_ALREADY_RECORDED]: 'The applicant already has an SKD result',
  [RecruitmentRule.APPLICANT_NOT_SELECTED]: 'Only applicants ranked LULUS are appointed',
  [RecruitmentRule.APPLICANT_ALREADY_APPOINTED]: 'The applicant is already appointed',
  [RecruitmentRule.APPLICANT_NOT_APPOINTED]: 'The applicant has not been appointed',
  [RecruitmentRule.APPOINTMENT_ALREADY_REGISTERED]: 'The appointed applicant is already registered as an employee: there is nothing to retry',
  [RecruitmentRule.APPOINTMENT_REGISTRATION_PENDING]: 'The employee registration of this appointment is still pending: retry only after it failed',
  [RecruitmentRule.NIP_INVALID]: 'The NIP is not valid (18 digits, sex digit 1 or 2, sequence 001–999)',
  [RecruitmentRule.NIP_INCONSISTENT]: 'The NIP does not match the applicant’s birth date or the TMT CPNS',
  [RecruitmentRule.NIP_ALREADY_ASSIGNED]: 'This NIP is already assigned to another applicant in the round',
  [RecruitmentRule.TMT_CPNS_NOT_FIRST_OF_MONTH]: 'The TMT CPNS must be the 1st of a month',
};

/** Every English sentence personnel adds to the catalogue. */
export const PERSONNEL_ENGLISH = { ...EMPLOYEE_ENGLISH, ...IDENTIFIER_ENGLISH, ...RECRUITMENT_ENGLISH };

registerEnglishMessages(PERSONNEL_ENGLISH);
registerRecordName('personnel-employee-', { id: 'data pegawai', en: 'the employee record' });
registerRecordName('personnel-selection-round-', { id: 'data seleksi', en: 'the selection round' });
