import { isIsoDate } from '@kernel/calendar-date';
import { dateProblems, problem, reasonProblems, refuse, refuseIfAny, RuleProblem, valueProblems } from '@kernel/rules';
import { isGolongan, isGolonganPppk } from '@modules/shared/golongan';
import { LegalBasis, legalBasisProblems } from '@modules/shared/legal-basis';
import { IdentifierType, parseIdentifier, ParsedIdentifier } from '@modules/shared/nip';
import { CareerActionKind } from './employee.correction-events';
import { CorrectEmploymentType, CorrectGolongan, CorrectNip, CorrectTmt } from './employee.correction-commands';
import { CareerRule } from './employee.decide-career';
import { IdentityRule, identifierTypeOf, warningChanges } from './employee.decide-identity';
import { EmployeeEvent } from './employee.events';
import { requireRegistered } from './employee.guards';
import { EmployeeRecord, EmployeeState } from './employee.state';
import { EmploymentType, retirementKindApplies } from './employment';

/**
 * Corrections (SK ralat) of what the registration recorded: golongan, TMT, employment type, NIP.
 * They stay possible after retirement (pension administration relies on a correct record), name
 * every problem at once, and re-run the NIP consistency check where the identifier or the TMT it
 * encodes changes. Rules without a regulation of their own are [M] (docs/decisions.md).
 */
export const CorrectionRule = {
  /** A PPPK's NI changes by reassignIdentifier (a new contract) or with an employment type correction. */
  NIP_CORRECTION_PNS_ONLY: 'PERSONNEL.NIP_CORRECTION_PNS_ONLY',
  /** An identifier once held or replaced is never issued again, to anyone (DOMAIN §1.5). */
  IDENTIFIER_NEVER_REUSED: 'PERSONNEL.IDENTIFIER_NEVER_REUSED',
  /** [M] The TMT cannot fall on or after the day employment ended. */
  TMT_AFTER_RETIREMENT: 'PERSONNEL.TMT_AFTER_RETIREMENT',
  /** A PPPK is never promoted by KP: a record with a standing KP cannot become PPPK (annul the KP first). */
  EMPLOYMENT_TYPE_KP_RECORDED: 'PERSONNEL.EMPLOYMENT_TYPE_CORRECTION_KP_RECORDED',
  /** A NIP is never reassigned: a record with NI PPPK reassignments cannot become PNS. */
  EMPLOYMENT_TYPE_NI_REASSIGNED: 'PERSONNEL.EMPLOYMENT_TYPE_CORRECTION_NI_REASSIGNED',
} as const;

function basisProblems(command: { reason: string; legalBasis: LegalBasis }): RuleProblem[] {
  return [...reasonProblems(command.reason), ...legalBasisProblems(command.legalBasis)];
}

function golonganFits(type: EmploymentType, golongan: unknown): boolean {
  return type === EmploymentType.PNS ? isGolongan(golongan) : isGolonganPppk(golongan);
}

function golonganProblems(type: EmploymentType, golongan: unknown, golonganTmt: unknown, tmt: string): RuleProblem[] {
  const problems = dateProblems({ golonganTmt });
  if (!golonganFits(type, golongan)) problems.push(problem(IdentityRule.GOLONGAN_NOT_OF_EMPLOYMENT_TYPE, `${String(golongan)} bukan golongan ${type}`));
  if (isIsoDate(golonganTmt) && isIsoDate(tmt) && golonganTmt < tmt) {
    problems.push(problem(IdentityRule.GOLONGAN_TMT_BEFORE_EMPLOYMENT, `TMT golongan ${golonganTmt} mendahului TMT pengangkatan ${tmt}`));
  }
  return problems;
}

function nothingToCorrect(): never {
  return refuse(IdentityRule.NOTHING_TO_CORRECT, 'Koreksi tidak mengubah apa pun: semua nilai yang diberikan sudah tercatat');
}

export function decideCorrectGolongan(command: CorrectGolongan, state: EmployeeState): EmployeeEvent[] {
  const employee = requireRegistered(state);
  const from = { golongan: employee.golongan, golonganTmt: employee.golonganTmt };
  const to = { golongan: command.golongan ?? from.golongan, golonganTmt: command.golonganTmt ?? from.golonganTmt };
  refuseIfAny([...basisProblems(command), ...golonganProblems(employee.employmentType, to.golongan, to.golonganTmt, employee.tmt)]);
  if (to.golongan === from.golongan && to.golonganTmt === from.golonganTmt) nothingToCorrect();
  const data = { employeeId: employee.employeeId, from, to: to as typeof from, reason: command.reason.trim(), legalBasis: command.legalBasis };
  return [{ type: 'personnel.GolonganCorrected', data }];
}

export function decideCorrectTmt(command: CorrectTmt, state: EmployeeState): EmployeeEvent[] {
  const employee = requireRegistered(state);
  const problems = [...basisProblems(command), ...dateProblems({ tmt: command.tmt })];
  if (isIsoDate(command.tmt)) {
    if (employee.golonganTmt < command.tmt) {
      problems.push(problem(IdentityRule.GOLONGAN_TMT_BEFORE_EMPLOYMENT, `TMT golongan ${employee.golonganTmt} akan mendahului TMT pengangkatan ${command.tmt}; koreksi golongan lebih dahulu`));
    }
    if (employee.retirement && command.tmt >= employee.retirement.effectiveDate) {
      problems.push(problem(CorrectionRule.TMT_AFTER_RETIREMENT, `TMT ${command.tmt} tidak boleh pada atau sesudah berakhirnya hubungan kerja (${employee.retirement.effectiveDate})`));
    }
  }
  refuseIfAny(problems);
  if (command.tmt === employee.tmt) nothingToCorrect();
  const corrected: EmployeeEvent = {
    type: 'personnel.TmtCorrected',
    data: { employeeId: employee.employeeId, from: employee.tmt, to: command.tmt, reason: command.reason.trim(), legalBasis: command.legalBasis },
  };
  // The NIP encodes the TMT CPNS month, the NI PPPK its year (DOMAIN checklist 1).
  const parsed = parsedIdentifier(employee, employee.identifierType, employee.identifier);
  return [corrected, ...(parsed ? warningChanges(employee, parsed, { ...employee, tmt: command.tmt }) : [])];
}

export function decideCorrectNip(command: CorrectNip, state: EmployeeState): EmployeeEvent[] {
  const employee = requireRegistered(state);
  if (employee.employmentType !== EmploymentType.PNS) {
    refuse(
      CorrectionRule.NIP_CORRECTION_PNS_ONLY,
      'Koreksi NIP hanya untuk PNS; NI PPPK berganti dengan reassignIdentifier (kontrak baru) atau dengan koreksi jenis pegawai',
      { employmentType: employee.employmentType },
    );
  }
  const parsed = parseIdentifier(IdentifierType.NIP, command.nip, { maxAgeAtAppointment: employee.maxAgeAtAppointment });
  refuseIfAny([...basisProblems(command), ...(parsed.ok ? [] : parsed.problems), ...noveltyProblems(command.nip, employee)]);
  const corrected: EmployeeEvent = {
    type: 'personnel.NipCorrected',
    data: { employeeId: employee.employeeId, identifierType: IdentifierType.NIP, from: employee.identifier, to: command.nip, reason: command.reason.trim(), legalBasis: command.legalBasis },
  };
  return [corrected, ...(parsed.ok ? warningChanges(employee, parsed.value, employee) : [])];
}

/**
 * PNS ⇄ PPPK: the identifier becomes the one of the new type (NIP or NI PPPK) and the golongan one of
 * its scale. Refused where the record holds what the new type cannot have: a KP (PNS only), NI PPPK
 * reassignments (PPPK only), or an ending of the other type (pensiun for PNS, contract end for PPPK).
 */
export function decideCorrectEmploymentType(command: CorrectEmploymentType, state: EmployeeState): EmployeeEvent[] {
  const employee = requireRegistered(state);
  const type = command.employmentType;
  if (!Object.values(EmploymentType).includes(type)) refuseIfAny(valueProblems({ employmentType: false }));
  if (type === employee.employmentType) nothingToCorrect();
  const identifierType = identifierTypeOf(type);
  const parsed = parseIdentifier(identifierType, command.identifier, { maxAgeAtAppointment: employee.maxAgeAtAppointment });
  const golonganTmt = command.golonganTmt ?? employee.golonganTmt;
  refuseIfAny([
    ...basisProblems(command),
    ...(parsed.ok ? [] : parsed.problems),
    ...noveltyProblems(command.identifier, employee),
    ...golonganProblems(type, command.golongan, golonganTmt, employee.tmt),
    ...careerConflicts(type, employee),
  ]);
  const from = { employmentType: employee.employmentType, identifierType: employee.identifierType, identifier: employee.identifier, golongan: employee.golongan, golonganTmt: employee.golonganTmt };
  const to = { employmentType: type, identifierType, identifier: command.identifier, golongan: command.golongan as typeof from.golongan, golonganTmt };
  const corrected: EmployeeEvent = {
    type: 'personnel.EmploymentTypeCorrected',
    data: { employeeId: employee.employeeId, from, to, reason: command.reason.trim(), legalBasis: command.legalBasis },
  };
  return [corrected, ...(parsed.ok ? warningChanges(employee, parsed.value, employee) : [])];
}

function careerConflicts(type: EmploymentType, employee: EmployeeRecord): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const standingKp = employee.careerActions.filter((a) => a.kind === CareerActionKind.PROMOTION && !a.annulled).length;
  if (type === EmploymentType.PPPK && standingKp > 0) {
    problems.push(problem(CorrectionRule.EMPLOYMENT_TYPE_KP_RECORDED, `Tercatat ${standingKp} kenaikan pangkat (KP), yang hanya untuk PNS: batalkan KP itu lebih dahulu`));
  }
  if (type === EmploymentType.PNS && employee.previousIdentifiers.length > 0) {
    problems.push(problem(CorrectionRule.EMPLOYMENT_TYPE_NI_REASSIGNED, 'Pegawai ini pernah menerima NI PPPK baru untuk kontrak baru; NIP PNS tidak pernah diganti dengan cara itu'));
  }
  if (employee.retirement && !retirementKindApplies(employee.retirement.kind, type)) {
    problems.push(problem(CareerRule.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE, `Hubungan kerja berakhir dengan ${employee.retirement.kind}, yang tidak berlaku bagi ${type}: batalkan pemberhentian itu lebih dahulu`));
  }
  return problems;
}

/** Never the identifier held now, one held before a reassignment, or one a correction replaced. */
function noveltyProblems(identifier: string, employee: EmployeeRecord): RuleProblem[] {
  if (identifier === employee.identifier) return [problem(IdentityRule.NOTHING_TO_CORRECT, 'Nomor identitas baru sama dengan yang sudah tercatat')];
  if (employee.previousIdentifiers.includes(identifier) || employee.correctedIdentifiers.includes(identifier)) {
    return [problem(CorrectionRule.IDENTIFIER_NEVER_REUSED, 'Nomor identitas ini pernah dimiliki atau diganti pada data pegawai ini; nomor identitas tidak pernah dipakai ulang')];
  }
  return [];
}

function parsedIdentifier(employee: EmployeeRecord, type: IdentifierType, identifier: string): ParsedIdentifier | null {
  const parsed = parseIdentifier(type, identifier, { maxAgeAtAppointment: employee.maxAgeAtAppointment });
  return parsed.ok ? parsed.value : null;
}
