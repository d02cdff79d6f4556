import { fullYearsBetween, isIsoDate } from '@kernel/calendar-date';
import { EDUCATION_CEILINGS_V1 } from './education';
import { EmploymentType, RETIREMENT_KINDS, RetirementKind, retirementKindApplies } from './employment';
import { APS_MINIMUM, apsConditionsMet, BUP_POLICY, bupRetirementDate } from './retirement-age';
import { PromoteEmployee, RecordDisciplinaryAction, RetireEmployee } from './employee.commands';
import { EmployeeEvent } from './employee.events';
import { requireActive } from './employee.guards';
import { EmployeeRecord, EmployeeState } from './employee.state';
import { isGolongan } from '@modules/shared/golongan';
import { HUKDIS_V1, activeUntil, isHukdisType, levelOf } from './hukdis';
import { dateProblems, requiredTextProblems, valueProblems } from '@kernel/rules';
import { checkKpReguler } from './kp-eligibility';
import { KP_PERIODS_V1 } from './kp-periods';
import { legalBasisProblems } from '@modules/shared/legal-basis';
import { promotionPredikat } from './kp-predikat';
import { RuleProblem, problem, refuse, refuseIfAny } from '@kernel/rules';

export const CareerRule = {
  PPPK_CANNOT_BE_PROMOTED_KP: 'PERSONNEL.PPPK_CANNOT_BE_PROMOTED_KP',
  HUKDIS_ID_TAKEN: 'PERSONNEL.HUKDIS_ID_TAKEN',
  HUKDIS_EFFECTIVE_BEFORE_DECISION: 'PERSONNEL.HUKDIS_EFFECTIVE_BEFORE_DECISION',
  RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE: 'PERSONNEL.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE',
  /** Pensiun BUP takes effect on the first of the month after the BUP birthday, not before and not on another day. */
  BUP_NOT_REACHED: 'PERSONNEL.BUP_NOT_REACHED',
  BUP_DATE_MISMATCH: 'PERSONNEL.BUP_DATE_MISMATCH',
  BUP_JABATAN_UNKNOWN: 'PERSONNEL.BUP_JABATAN_UNKNOWN',
  /** Pensiun atas permintaan sendiri needs the minimum age and service (APS_MINIMUM). */
  APS_CONDITIONS_NOT_MET: 'PERSONNEL.APS_CONDITIONS_NOT_MET',
} as const;

/** KP Reguler: every unmet eligibility rule is named at once. */
export function decidePromote(command: PromoteEmployee, state: EmployeeState): EmployeeEvent[] {
  const employee = requireActive(state);
  const current = employee.golongan;
  if (employee.employmentType !== EmploymentType.PNS || !isGolongan(current)) {
    return refuse(CareerRule.PPPK_CANNOT_BE_PROMOTED_KP, 'KP (kenaikan pangkat) hanya untuk PNS; golongan PPPK mengikuti kontraknya');
  }
  const { effective: predikat, used, problems: sourceProblems } = promotionPredikat(command);
  const inputProblems = [...dateProblems({ tmt: command.tmt }), ...valueProblems({ toGolongan: isGolongan(command.toGolongan) })];
  const problems: RuleProblem[] = [...inputProblems, ...legalBasisProblems(command.legalBasis), ...sourceProblems];
  if (inputProblems.length === 0) {
    problems.push(
      ...checkKpReguler({
        currentGolongan: current,
        currentGolonganTmt: employee.golonganTmt,
        toGolongan: command.toGolongan,
        tmt: command.tmt,
        predikat,
        hukdis: employee.hukdis,
        superiorGolongan: command.superiorGolongan ?? null,
        education: employee.education,
        jf: command.jf,
      }),
    );
  }
  refuseIfAny(problems);
  return [
    {
      type: 'personnel.EmployeePromoted',
      data: {
        employeeId: employee.employeeId,
        kind: 'REGULER',
        from: current,
        to: command.toGolongan,
        tmt: command.tmt,
        predikat: used,
        superiorGolongan: command.superiorGolongan ?? null,
        jf: { isJf: command.jf.isJf, angkaKreditMet: command.jf.angkaKreditMet },
        education: employee.education,
        referenceData: { educationCeilings: EDUCATION_CEILINGS_V1.version, kpPeriods: KP_PERIODS_V1.version },
        legalBasis: command.legalBasis,
      },
    },
  ];
}

export function decideRecordHukdis(command: RecordDisciplinaryAction, state: EmployeeState): EmployeeEvent[] {
  const employee = requireActive(state);
  refuseIfAny(hukdisProblems(command, employee));
  const level = levelOf(command.hukdisType);
  return [
    {
      type: 'personnel.DisciplinaryActionRecorded',
      data: {
        employeeId: employee.employeeId,
        hukdisId: command.hukdisId,
        hukdisType: command.hukdisType,
        level,
        decidedAt: command.decidedAt,
        effectiveFrom: command.effectiveFrom,
        activeUntil: activeUntil(command),
        hukdisTable: HUKDIS_V1.version,
        legalBasis: command.legalBasis,
        description: command.description.trim(),
      },
    },
  ];
}

/** Every rule a hukdis entry must meet (also for a riwayat hukdis taken over by an import). */
export function hukdisProblems(command: Omit<RecordDisciplinaryAction, 'type' | 'employeeId'>, employee: Pick<EmployeeRecord, 'hukdis'>): RuleProblem[] {
  const problems = [
    ...requiredTextProblems({ hukdisId: command.hukdisId, description: command.description }),
    ...dateProblems({ decidedAt: command.decidedAt, effectiveFrom: command.effectiveFrom }),
    ...valueProblems({ hukdisType: isHukdisType(command.hukdisType) }),
    ...legalBasisProblems(command.legalBasis),
  ];
  if (employee.hukdis.some((h) => h.hukdisId === command.hukdisId)) {
    problems.push(problem(CareerRule.HUKDIS_ID_TAKEN, `Hukuman disiplin ${command.hukdisId} sudah dicatat`));
  }
  // [M] A punishment cannot take effect before it was decided.
  if (isIsoDate(command.decidedAt) && isIsoDate(command.effectiveFrom) && command.effectiveFrom < command.decidedAt) {
    problems.push(problem(CareerRule.HUKDIS_EFFECTIVE_BEFORE_DECISION, `Tanggal berlaku ${command.effectiveFrom} mendahului tanggal keputusan ${command.decidedAt}`));
  }
  return problems;
}

/** Record the ending when it takes effect: the status changes as soon as the event is written. */
export function decideRetire(command: RetireEmployee, state: EmployeeState): EmployeeEvent[] {
  const employee = requireActive(state);
  const kindKnown = RETIREMENT_KINDS.includes(command.kind);
  const problems = [...dateProblems({ effectiveDate: command.effectiveDate }), ...valueProblems({ kind: kindKnown }), ...legalBasisProblems(command.legalBasis)];
  const applies = kindKnown && retirementKindApplies(command.kind, employee.employmentType);
  if (kindKnown && !applies) {
    problems.push(
      problem(
        CareerRule.RETIREMENT_KIND_NOT_FOR_EMPLOYMENT_TYPE,
        employee.employmentType === EmploymentType.PPPK
          ? `${command.kind} hanya untuk PNS: hubungan kerja PPPK berakhir dengan KONTRAK_BERAKHIR (atau PDH/PTDH/MENINGGAL)`
          : `${command.kind} hanya untuk PPPK`,
      ),
    );
  }
  const bupAge = command.jenisJabatan ? BUP_POLICY.ageByJenis[command.jenisJabatan] : undefined;
  if (applies && isIsoDate(command.effectiveDate)) problems.push(...pensionProblems(command, employee, bupAge));
  refuseIfAny(problems);
  const { employeeId } = employee;
  const bup = command.kind === RetirementKind.PENSIUN_BUP && bupAge !== undefined ? { bup: { age: bupAge, policyVersion: BUP_POLICY.version } } : {};
  return [{ type: 'personnel.EmployeeRetired', data: { employeeId, kind: command.kind, effectiveDate: command.effectiveDate, legalBasis: command.legalBasis, ...bup } }];
}

/** BUP on its one day, by the post's jenis jabatan; APS with its minimum age and service. */
function pensionProblems(command: RetireEmployee, employee: EmployeeRecord, bupAge: number | undefined): RuleProblem[] {
  if (command.kind === RetirementKind.PENSIUN_APS && !apsConditionsMet(employee.birthDate, employee.tmt, command.effectiveDate)) {
    return [
      problem(
        CareerRule.APS_CONDITIONS_NOT_MET,
        `Pensiun atas permintaan sendiri memerlukan usia ≥ ${APS_MINIMUM.age} tahun dan masa kerja ≥ ${APS_MINIMUM.masaKerjaYears} tahun pada ${command.effectiveDate} (usia ${fullYearsBetween(employee.birthDate, command.effectiveDate)}, masa kerja ${fullYearsBetween(employee.tmt, command.effectiveDate)})`,
      ),
    ];
  }
  if (command.kind !== RetirementKind.PENSIUN_BUP) return [];
  if (bupAge === undefined) return [problem(CareerRule.BUP_JABATAN_UNKNOWN, `Jabatan ${employee.positionId} tidak ditemukan: BUP-nya tidak dapat ditentukan`)];
  const due = bupRetirementDate(employee.birthDate, bupAge);
  const basis = `BUP ${bupAge} tahun untuk ${command.jenisJabatan} (${BUP_POLICY.legalBasis}): lahir ${employee.birthDate}, pensiun TMT ${due}`;
  if (command.effectiveDate < due) return [problem(CareerRule.BUP_NOT_REACHED, `Belum mencapai batas usia pensiun — ${basis}`)];
  if (command.effectiveDate !== due) return [problem(CareerRule.BUP_DATE_MISMATCH, `Pensiun BUP berlaku pada ${due}, bukan ${command.effectiveDate} — ${basis}`)];
  return [];
}
