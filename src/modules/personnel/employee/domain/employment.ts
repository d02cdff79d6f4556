/**
 * Employment vocabulary shared by the commands, events and state of the Employee aggregate.
 */

/** Jenis pegawai: PNS (Pegawai Negeri Sipil, tenured civil servant, identified by NIP) or PPPK (contract government employee, identified by NI PPPK). */
export const EmploymentType = { PNS: 'PNS', PPPK: 'PPPK' } as const;
export type EmploymentType = (typeof EmploymentType)[keyof typeof EmploymentType];

/** Kedudukan (employment status): AKTIF (serving), PENSIUN (retired with pension), BERHENTI (employment ended otherwise). */
export const EmployeeStatus = { AKTIF: 'AKTIF', PENSIUN: 'PENSIUN', BERHENTI: 'BERHENTI' } as const;
export type EmployeeStatus = (typeof EmployeeStatus)[keyof typeof EmployeeStatus];

/** Jenis pemberhentian: how employment ends. */
export const RetirementKind = {
  /** Pensiun batas usia pensiun: retirement at the statutory age. */
  PENSIUN_BUP: 'PENSIUN_BUP',
  /** Pensiun atas permintaan sendiri: early retirement at own request. */
  PENSIUN_APS: 'PENSIUN_APS',
  /** Pemberhentian dengan hormat: honourable discharge (e.g. after hukdis PDH_TAPS). */
  PDH: 'PDH',
  /** Pemberhentian tidak dengan hormat: dishonourable discharge. */
  PTDH: 'PTDH',
  /** Meninggal dunia: death in service. */
  MENINGGAL: 'MENINGGAL',
  /** The PPPK contract (perjanjian kerja) ended; PPPK only. */
  KONTRAK_BERAKHIR: 'KONTRAK_BERAKHIR',
} as const;
export type RetirementKind = (typeof RetirementKind)[keyof typeof RetirementKind];

export const RETIREMENT_KINDS: readonly RetirementKind[] = Object.values(RetirementKind);

/** [M] PENSIUN_BUP and PENSIUN_APS leave the employee PENSIUN; every other ending is BERHENTI. */
export function statusAfter(kind: RetirementKind): EmployeeStatus {
  return kind === RetirementKind.PENSIUN_BUP || kind === RetirementKind.PENSIUN_APS ? EmployeeStatus.PENSIUN : EmployeeStatus.BERHENTI;
}

/**
 * Whether an employment of `type` can end in `kind`: a contract ends only for PPPK, and a PPPK never
 * takes a PNS pension (pensiun BUP or APS: DOMAIN.md §1.16) — their employment ends with the contract.
 */
export function retirementKindApplies(kind: RetirementKind, type: EmploymentType): boolean {
  if (kind === RetirementKind.KONTRAK_BERAKHIR) return type === EmploymentType.PPPK;
  if (kind === RetirementKind.PENSIUN_BUP || kind === RetirementKind.PENSIUN_APS) return type === EmploymentType.PNS;
  return true;
}

/** Plt (pelaksana tugas: acting holder of a vacant post) or Plh (pelaksana harian: stand-in while the holder is away). */
export const ActingKind = { PLT: 'PLT', PLH: 'PLH' } as const;
export type ActingKind = (typeof ActingKind)[keyof typeof ActingKind];

/** Where the employee sits: unit kerja (work unit) and jabatan (position). */
export interface Placement {
  readonly unitId: string;
  readonly positionId: string;
}

/** Contact details; personal data (UU 27/2022 PDP), never shown publicly. */
export interface Contacts {
  readonly email: string | null;
  readonly phone: string | null;
}

export const NO_CONTACTS: Contacts = { email: null, phone: null };
