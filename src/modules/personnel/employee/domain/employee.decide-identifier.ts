import { ReassignIdentifier } from './employee.commands';
import { warningChanges } from './employee.decide-identity';
import { EmployeeEvent } from './employee.events';
import { requireActive } from './employee.guards';
import { EmployeeRecord, EmployeeState } from './employee.state';
import { EmploymentType } from './employment';
import { dateProblems, reasonProblems } from '@kernel/rules';
import { legalBasisProblems } from '@modules/shared/legal-basis';
import { IdentifierType, ParsedNiPppk, parseNiPppk } from '@modules/shared/nip';
import { RuleProblem, problem, refuse, refuseIfAny } from '@kernel/rules';

export const ReassignmentRule = {
  PPPK_ONLY: 'PERSONNEL.IDENTIFIER_REASSIGNMENT_PPPK_ONLY',
  NI_PPPK_INCONSISTENT: 'PERSONNEL.NI_PPPK_INCONSISTENT',
  APPOINTMENT_YEAR_EARLIER: 'PERSONNEL.NI_PPPK_APPOINTMENT_YEAR_EARLIER',
  UNCHANGED: 'PERSONNEL.IDENTIFIER_UNCHANGED',
  PREVIOUSLY_HELD: 'PERSONNEL.IDENTIFIER_PREVIOUSLY_HELD',
} as const;

/**
 * A new NI PPPK for a contract with a different instansi (DOMAIN §1.5, checklist 2). The NI encodes
 * the person, so the new one must agree with the record on birth date and sex — unlike a registration,
 * where a legacy mismatch is only a warning, a freshly issued NI that names someone else is refused —
 * and its appointment year cannot go back before the current NI's. Every problem is named at once.
 */
export function decideReassignIdentifier(command: ReassignIdentifier, state: EmployeeState): EmployeeEvent[] {
  const employee = requireActive(state);
  if (employee.employmentType !== EmploymentType.PPPK) {
    refuse(ReassignmentRule.PPPK_ONLY, `Hanya PPPK yang menerima NI PPPK baru untuk kontrak baru; pegawai ini ${employee.employmentType} (NIP tidak pernah diganti)`, {
      employmentType: employee.employmentType,
    });
  }
  const parsed = parseNiPppk(command.newIdentifier);
  const ni = parsed.ok ? parsed.value : null;
  const problems: RuleProblem[] = [
    ...(parsed.ok ? [] : parsed.problems),
    ...dateProblems({ contractStart: command.contractStart }),
    ...legalBasisProblems(command.legalBasis),
    ...reasonProblems(command.reason),
    ...noveltyProblems(command.newIdentifier, employee),
  ];
  const mismatched = ni ? inconsistentFields(ni, employee) : [];
  if (mismatched.length > 0) {
    const named = mismatched.map((m) => `${m.field} ${m.fromIdentifier} (tercatat: ${m.recorded})`).join(', ');
    problems.push(problem(ReassignmentRule.NI_PPPK_INCONSISTENT, `NI PPPK baru memuat data yang berbeda dari data pegawai: ${named}`));
  }
  if (ni) problems.push(...yearProblems(ni, employee));
  refuseIfAny(problems, mismatched.length > 0 ? { inconsistentFields: mismatched.map((m) => m.field) } : undefined);

  const reassigned: EmployeeEvent = {
    type: 'personnel.IdentifierReassigned',
    data: {
      employeeId: employee.employeeId,
      from: employee.identifier,
      to: command.newIdentifier,
      identifierType: IdentifierType.NI_PPPK,
      contractStart: command.contractStart,
      legalBasis: command.legalBasis,
    },
  };
  // The NIP warning (DOMAIN checklist 1) now refers to the new NI: only the encoded year can still differ.
  return [reassigned, ...(ni ? warningChanges(employee, ni, employee) : [])];
}

/** Identifiers are never reused: neither the current NI nor one held before. */
function noveltyProblems(newIdentifier: string, employee: EmployeeRecord): RuleProblem[] {
  if (newIdentifier === employee.identifier) {
    return [problem(ReassignmentRule.UNCHANGED, 'NI PPPK baru sama dengan NI PPPK yang sudah dimiliki pegawai')];
  }
  if (employee.previousIdentifiers.includes(newIdentifier)) {
    return [problem(ReassignmentRule.PREVIOUSLY_HELD, 'NI PPPK baru pernah dimiliki pegawai ini; nomor identitas tidak pernah dipakai ulang')];
  }
  return [];
}

interface FieldMismatch {
  readonly field: 'birthDate' | 'sex';
  readonly fromIdentifier: string;
  readonly recorded: string;
}

function inconsistentFields(parsed: ParsedNiPppk, employee: EmployeeRecord): FieldMismatch[] {
  const candidates: FieldMismatch[] = [
    { field: 'birthDate', fromIdentifier: parsed.birthDate, recorded: employee.birthDate },
    { field: 'sex', fromIdentifier: parsed.sex, recorded: employee.sex },
  ];
  return candidates.filter((c) => c.fromIdentifier !== c.recorded);
}

/** The new NI's appointment year is at least the current NI's (a record whose NI does not parse is not compared). */
function yearProblems(parsed: ParsedNiPppk, employee: EmployeeRecord): RuleProblem[] {
  const current = parseNiPppk(employee.identifier);
  if (!current.ok || parsed.tmtYear >= current.value.tmtYear) return [];
  return [
    problem(
      ReassignmentRule.APPOINTMENT_YEAR_EARLIER,
      `NI PPPK baru memuat tahun pengangkatan ${parsed.tmtYear}, lebih awal dari ${current.value.tmtYear} pada NI PPPK sekarang`,
    ),
  ];
}
