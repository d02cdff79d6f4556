import { isIsoDate, isIsoTimestamp } from '@kernel/calendar-date';
import { isEducation } from './education';
import { Contacts, EmploymentType, NO_CONTACTS } from './employment';
import { ContactsInput, CorrectEmployeeData, CorrectionInput, RegisterEmployee } from './employee.commands';
import { CorrectableFields, EmployeeEvent, FieldChange } from './employee.events';
import { EmployeeRule, requireRegistered } from './employee.guards';
import { EmployeeRecord, EmployeeState, correctedFields, isRegistered } from './employee.state';
import { isGolongan, isGolonganPppk } from '@modules/shared/golongan';
import { dateProblems, reasonProblems, requiredTextProblems, valueProblems } from '@kernel/rules';
import { legalBasisProblems } from '@modules/shared/legal-basis';
import { DEFAULT_MAX_AGE_AT_APPOINTMENT, IdentifierType, NipMismatch, ParsedIdentifier, RecordedIdentity, nipInconsistencies, parseIdentifier } from '@modules/shared/nip';
import { RuleProblem, problem, refuse, refuseIfAny } from '@kernel/rules';
import { isSex } from '@modules/shared/sex';

export const IdentityRule = {
  GOLONGAN_NOT_OF_EMPLOYMENT_TYPE: 'PERSONNEL.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE',
  GOLONGAN_TMT_BEFORE_EMPLOYMENT: 'PERSONNEL.GOLONGAN_TMT_BEFORE_EMPLOYMENT',
  NOTHING_TO_CORRECT: 'PERSONNEL.NOTHING_TO_CORRECT',
  POSITION_TMT_BEFORE_EMPLOYMENT: 'PERSONNEL.POSITION_TMT_BEFORE_EMPLOYMENT',
  /** A TMT (jabatan, riwayat) after the day the record is made: the record states what already holds. */
  TMT_AFTER_RECORD_DATE: 'PERSONNEL.TMT_AFTER_RECORD_DATE',
} as const;

/** The identifier a type of employment carries: NIP for PNS, NI PPPK for PPPK. */
export function identifierTypeOf(type: EmploymentType): IdentifierType {
  return type === EmploymentType.PNS ? IdentifierType.NIP : IdentifierType.NI_PPPK;
}

export function decideRegister(command: RegisterEmployee, state: EmployeeState): EmployeeEvent[] {
  if (isRegistered(state)) refuse(EmployeeRule.ALREADY_REGISTERED, `Pegawai ${command.employeeId} sudah terdaftar`);
  const maxAgeAtAppointment = command.maxAgeAtAppointment ?? DEFAULT_MAX_AGE_AT_APPOINTMENT;
  const identifierType = identifierTypeOf(command.employmentType);
  const parsed = parseIdentifier(identifierType, command.identifier, { maxAgeAtAppointment });
  refuseIfAny([...(parsed.ok ? [] : parsed.problems), ...registrationProblems(command)]);
  const contacts = contactsFrom(command.contacts);
  const registered: EmployeeEvent = {
    type: 'personnel.EmployeeRegistered',
    data: {
      employeeId: command.employeeId,
      employmentType: command.employmentType,
      identifierType,
      identifier: command.identifier,
      name: command.name.trim(),
      birthDate: command.birthDate,
      sex: command.sex,
      tmt: command.tmt,
      golongan: command.golongan,
      golonganTmt: command.golonganTmt,
      education: command.education,
      unitId: command.unitId,
      positionId: command.positionId,
      ...(command.positionTmt === undefined ? {} : { positionTmt: command.positionTmt }),
      contacts,
      maxAgeAtAppointment,
      registeredAt: command.registeredAt,
    },
  };
  const mismatches = parsed.ok ? nipInconsistencies(parsed.value, command) : [];
  return mismatches.length === 0 ? [registered] : [registered, inconsistencyDetected(command.employeeId, identifierType, command.identifier, mismatches)];
}

function registrationProblems(command: RegisterEmployee): RuleProblem[] {
  const problems = [
    ...requiredTextProblems({ employeeId: command.employeeId, name: command.name, unitId: command.unitId, positionId: command.positionId }),
    ...dateProblems({ birthDate: command.birthDate, tmt: command.tmt, golonganTmt: command.golonganTmt }, { registeredAt: command.registeredAt }),
    ...valueProblems({ sex: isSex(command.sex), education: isEducation(command.education) }),
  ];
  const golonganFits = command.employmentType === EmploymentType.PNS ? isGolongan(command.golongan) : isGolonganPppk(command.golongan);
  if (!golonganFits) {
    problems.push(problem(IdentityRule.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE, `${String(command.golongan)} bukan golongan ${command.employmentType}`));
  }
  if (isIsoDate(command.golonganTmt) && isIsoDate(command.tmt) && command.golonganTmt < command.tmt) {
    problems.push(problem(IdentityRule.GOLONGAN_TMT_BEFORE_EMPLOYMENT, `TMT golongan ${command.golonganTmt} mendahului TMT pengangkatan ${command.tmt}`));
  }
  return command.positionTmt === undefined ? problems : [...problems, ...positionTmtProblems(command, command.positionTmt)];
}

function positionTmtProblems(command: RegisterEmployee, positionTmt: string): RuleProblem[] {
  if (!isIsoDate(positionTmt)) return dateProblems({ positionTmt });
  const recordDay = isIsoTimestamp(command.registeredAt) ? command.registeredAt.slice(0, 10) : null;
  return [
    ...(isIsoDate(command.tmt) && positionTmt < command.tmt
      ? [problem(IdentityRule.POSITION_TMT_BEFORE_EMPLOYMENT, `TMT jabatan ${positionTmt} mendahului TMT pengangkatan ${command.tmt}`)]
      : []),
    ...(recordDay && positionTmt > recordDay ? [problem(IdentityRule.TMT_AFTER_RECORD_DATE, `TMT jabatan ${positionTmt} sesudah tanggal pencatatan ${recordDay}`)] : []),
  ];
}

function contactsFrom(input: ContactsInput | undefined): Contacts {
  if (!input) return NO_CONTACTS;
  return { email: input.email?.trim() || null, phone: input.phone?.trim() || null };
}

function inconsistencyDetected(employeeId: string, identifierType: IdentifierType, identifier: string, mismatches: NipMismatch[]): EmployeeEvent {
  return { type: 'personnel.NipInconsistencyDetected', data: { employeeId, identifierType, identifier, mismatches } };
}

/** Corrections stay possible after retirement: pension administration relies on a correct record. */
export function decideCorrect(command: CorrectEmployeeData, state: EmployeeState): EmployeeEvent[] {
  const employee = requireRegistered(state);
  const given = command.changes ?? {};
  refuseIfAny([
    ...reasonProblems(command.reason),
    ...legalBasisProblems(command.legalBasis),
    ...('name' in given ? requiredTextProblems({ name: given.name }) : []),
    ...('birthDate' in given ? dateProblems({ birthDate: given.birthDate }) : []),
    ...valueProblems({
      ...('sex' in given ? { sex: isSex(given.sex) } : {}),
      ...('education' in given ? { education: isEducation(given.education) } : {}),
    }),
  ]);
  const changes = fieldChanges(employee, given);
  if (changes.length === 0) refuse(IdentityRule.NOTHING_TO_CORRECT, 'Koreksi tidak mengubah apa pun: semua nilai yang diberikan sudah tercatat');
  const corrected: EmployeeEvent = {
    type: 'personnel.EmployeeDataCorrected',
    data: { employeeId: employee.employeeId, changes, reason: command.reason.trim(), legalBasis: command.legalBasis },
  };
  const touchesIdentity = changes.some((c) => c.field === 'birthDate' || c.field === 'sex');
  return touchesIdentity ? [corrected, ...consistencyAfter(employee, changes)] : [corrected];
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k]])) as Partial<Pick<T, K>>;
}

const CORRECTABLE_FIELDS: readonly (keyof CorrectableFields)[] = ['name', 'birthDate', 'sex', 'education', 'contacts'];

function fieldChanges(employee: EmployeeRecord, given: CorrectionInput): FieldChange[] {
  const wanted: Partial<CorrectableFields> = {
    ...pick(given, ['birthDate', 'sex', 'education']),
    ...(given.name !== undefined ? { name: given.name.trim() } : {}),
    ...(given.contacts !== undefined ? { contacts: contactsFrom(given.contacts) } : {}),
  };
  return CORRECTABLE_FIELDS.filter((field) => field in wanted)
    .filter((field) => JSON.stringify(wanted[field]) !== JSON.stringify(employee[field]))
    .map((field) => ({ field, from: employee[field], to: wanted[field] }) as FieldChange);
}

/** Re-checks the identifier against the corrected record; emits only what changed about the warning. */
function consistencyAfter(employee: EmployeeRecord, changes: readonly FieldChange[]): EmployeeEvent[] {
  const parsed = parseIdentifier(employee.identifierType, employee.identifier, { maxAgeAtAppointment: employee.maxAgeAtAppointment });
  if (!parsed.ok) return [];
  return warningChanges(employee, parsed.value, { ...employee, ...correctedFields(changes) });
}

/**
 * What changes about the NIP warning once the record holds `recorded` under the identifier `parsed`
 * (after a correction, or a new NI PPPK): new mismatches are detected, vanished ones resolved, an
 * unchanged warning emits nothing.
 */
export function warningChanges(employee: EmployeeRecord, parsed: ParsedIdentifier, recorded: RecordedIdentity): EmployeeEvent[] {
  const mismatches = nipInconsistencies(parsed, recorded);
  if (mismatches.length > 0 && JSON.stringify(mismatches) !== JSON.stringify(employee.nipMismatches)) {
    return [inconsistencyDetected(employee.employeeId, parsed.type, parsed.identifier, mismatches)];
  }
  if (mismatches.length === 0 && employee.nipMismatches.length > 0) {
    return [{ type: 'personnel.NipInconsistencyResolved', data: { employeeId: employee.employeeId, identifier: parsed.identifier } }];
  }
  return [];
}
