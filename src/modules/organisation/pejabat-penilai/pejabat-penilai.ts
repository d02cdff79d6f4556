import { ActingKind, JenisJabatan, PositionStatus, UnitKind, UnitStatus } from '../domain/organisation.vocabulary';
import { AppraiserLevel, KEPALA_DAERAH, PEMDA_APPRAISAL_LINES, rankOf } from './appraisal-lines';
import { dayOf, definitiveHolderOn, Occupant, occupantOn } from './occupancy';
import { headsAbove, indexTree } from './tree-index';

/** The organisation tree of one instansi, as `OrganisationDirectory.tree(instansiId)` returns it. */
export interface OrgTree {
  readonly instansiId: string;
  /** How the kepala daerah is addressed: "Wali Kota", "Bupati", "Gubernur". */
  readonly kepalaDaerahTitle: string;
  readonly units: readonly OrgTreeUnit[];
  readonly positions: readonly OrgTreePosition[];
}

export interface OrgTreeUnit {
  readonly unitId: string;
  readonly parentUnitId: string | null;
  readonly kind: UnitKind;
  readonly name: string;
  readonly status: UnitStatus;
}

export interface OrgTreePosition {
  readonly positionId: string;
  readonly unitId: string;
  readonly name: string;
  readonly jenisJabatan: JenisJabatan;
  readonly isUnitHead: boolean;
  readonly status: PositionStatus;
}

/** The pejabat definitif: the employee whose own jabatan this position is, since an ISO date. */
export interface DefinitiveHolder {
  readonly employeeId: string;
  readonly since: string;
}

/** A Plt/Plh term: `from` and `until` are ISO dates, both days included. */
export interface ActingAssignment {
  readonly employeeId: string;
  readonly kind: ActingKind;
  readonly from: string;
  readonly until: string;
}

export interface PositionHolding {
  readonly holder?: DefinitiveHolder | null;
  readonly acting?: readonly ActingAssignment[];
}

/**
 * Who fills which position, keyed by positionId. Produced by the employee module from its own events
 * (EmployeeRegistered/Transferred, ActingAssignmentStarted/Ended); this module never reads them.
 */
export type PositionHolders = Readonly<Record<string, PositionHolding>>;

/** A unit head as appraiser. `employeeId` null: the position is vacant on that day. */
export interface HeadAppraiser {
  readonly kepalaDaerah: false;
  readonly positionId: string;
  readonly unitId: string;
  readonly jenisJabatan: JenisJabatan;
  readonly employeeId: string | null;
  readonly acting?: ActingKind;
  /** Set when no head of the table's jenis is above, and the next higher head stands in. */
  readonly substitute?: true;
}

/** The kepala daerah (Wali Kota, Bupati, Gubernur): an elected official, not an ASN position. */
export interface KepalaDaerahAppraiser {
  readonly kepalaDaerah: true;
  readonly title: string;
  readonly substitute?: true;
}

export type UnresolvedReason =
  | 'POSITION_NOT_FOUND'
  | 'POSITION_ABOLISHED'
  /** The pejabat penilai is the kepala daerah, who has no atasan within the Pemda. */
  | 'NO_SUPERIOR';

export interface Unresolved {
  readonly unresolved: UnresolvedReason;
  readonly message: string;
}

export type Appraiser = HeadAppraiser | KepalaDaerahAppraiser;
export type AppraiserResolution = Appraiser | Unresolved;

export interface Appraisers {
  readonly pejabatPenilai: AppraiserResolution;
  readonly atasanPejabatPenilai: AppraiserResolution;
}

/** Someone above the appraisee: a unit head position with its occupant, or the kepala daerah. */
type Candidate = { readonly head: OrgTreePosition; readonly occupant: Occupant } | { readonly head: null };

/**
 * Pejabat penilai and atasan pejabat penilai of a position on a day (DOMAIN.md §1.2, Pemda table).
 * Walks up the unit tree to the nearest head whose jenis the table allows; the kepala daerah stands
 * above the top-level units. Vacant heads still count (employeeId null); a head filled only by the
 * appraisee (e.g. a Kabid who is Plt Kadis) is passed over, since nobody appraises themselves.
 */
export function resolveAppraisers(tree: OrgTree, holders: PositionHolders, positionId: string, onDate: string): Appraisers {
  const index = indexTree(tree);
  const day = dayOf(onDate);
  const position = index.positions.get(positionId);
  if (!position) return neither('POSITION_NOT_FOUND', `Jabatan ${positionId} tidak ada dalam struktur organisasi ${tree.instansiId}`);
  if (position.status === PositionStatus.ABOLISHED) return neither('POSITION_ABOLISHED', `Jabatan ${positionId} sudah dihapus`);

  const line = PEMDA_APPRAISAL_LINES[position.jenisJabatan];
  const appraisee = definitiveHolderOn(holders, positionId, day);
  const candidatesAbove = (p: OrgTreePosition): Candidate[] => [
    ...headsAbove(index, p).map((head) => ({ head, occupant: occupantOn(holders, head.positionId, day) })),
    { head: null },
  ];

  const penilai = nearest(tree, candidatesAbove(position), line.penilai, [appraisee]);
  const atasan = penilai.kepalaDaerah
    ? unresolved('NO_SUPERIOR', `${tree.kepalaDaerahTitle} tidak mempunyai atasan di lingkungan Pemda`)
    : nearest(tree, candidatesAbove(index.positions.get(penilai.positionId)!), line.atasan, [appraisee, penilai.employeeId]);
  return { pejabatPenilai: penilai, atasanPejabatPenilai: atasan };
}

/**
 * The nearest candidate of an allowed level. When the structure lacks that level above (e.g. no
 * seksi since the 2021 penyederhanaan birokrasi), the nearest higher head stands in, marked
 * `substitute`. The kepala daerah closes every chain and outranks every level, so someone is found.
 */
function nearest(tree: OrgTree, chain: readonly Candidate[], allowed: readonly AppraiserLevel[], excluded: readonly (string | null)[]): Appraiser {
  const eligible = chain.filter((c) => !c.head || c.occupant.employeeId === null || !excluded.includes(c.occupant.employeeId));
  const exact = eligible.find((c) => allowed.includes(levelOf(c)));
  if (exact) return toAppraiser(tree, exact, false);
  const ceiling = Math.max(-1, ...allowed.map(rankOf));
  const higher = eligible.find((c) => rankOf(levelOf(c)) > ceiling) ?? eligible[eligible.length - 1];
  return toAppraiser(tree, higher, true);
}

function levelOf(candidate: Candidate): AppraiserLevel {
  return candidate.head ? candidate.head.jenisJabatan : KEPALA_DAERAH;
}

function toAppraiser(tree: OrgTree, candidate: Candidate, substitute: boolean): Appraiser {
  const flag = substitute ? { substitute: true as const } : {};
  if (!candidate.head) return { kepalaDaerah: true, title: tree.kepalaDaerahTitle, ...flag };
  const { head, occupant } = candidate;
  return {
    kepalaDaerah: false,
    positionId: head.positionId,
    unitId: head.unitId,
    jenisJabatan: head.jenisJabatan,
    employeeId: occupant.employeeId,
    ...(occupant.acting ? { acting: occupant.acting } : {}),
    ...flag,
  };
}

function unresolved(reason: UnresolvedReason, message: string): Unresolved {
  return { unresolved: reason, message };
}

function neither(reason: UnresolvedReason, message: string): Appraisers {
  return { pejabatPenilai: unresolved(reason, message), atasanPejabatPenilai: unresolved(reason, message) };
}
