import { GOLONGAN_ORDER, GOLONGAN_PPPK_ORDER } from '../../domain';

/**
 * The orders `employees` pages in, each by one stored field (keyset pagination walks one field and
 * then `_id`, as the Paginator does). Composite keys keep ties in name order rather than id order.
 */
export const EmployeeOrder = {
  /** By name as people are filed (titles ignored). */
  NAME: 'NAME',
  /** By NIP / NI PPPK. */
  NIP: 'NIP',
  /** Highest golongan first (PNS IV/e … I/a, then PPPK XVII … I); then the earlier TMT golongan; then name. */
  GOLONGAN: 'GOLONGAN',
  /** Earliest TMT (CPNS, or first PPPK appointment) first: the longest service; then name. */
  TMT: 'TMT',
} as const;
export type EmployeeOrder = (typeof EmployeeOrder)[keyof typeof EmployeeOrder];

export const SORT_FIELD: Readonly<Record<EmployeeOrder, string>> = {
  NAME: 'sortName',
  NIP: 'identifier',
  GOLONGAN: 'golonganSort',
  TMT: 'tmtSort',
};

interface SortSource {
  readonly golongan: string;
  readonly golonganTmt: string;
  readonly tmt: string;
  readonly sortName: string;
}

const SOURCE_FIELDS: readonly (keyof SortSource)[] = ['golongan', 'golonganTmt', 'tmt', 'sortName'];

/** The composite sort keys of a record; `01` is the highest golongan. */
export function sortKeys(record: SortSource): { golonganSort: string; tmtSort: string } {
  return {
    golonganSort: `${String(golonganRank(record.golongan)).padStart(2, '0')}|${record.golonganTmt}|${record.sortName}`,
    tmtSort: `${record.tmt}|${record.sortName}`,
  };
}

/** The keys after a `$set`, when it changes a field they are made of; otherwise nothing. */
export function sortKeysAfter(current: SortSource | null, set: Record<string, unknown>): Record<string, string> {
  if (!SOURCE_FIELDS.some((f) => f in set)) return {};
  return sortKeys({ ...current, ...set } as SortSource);
}

function golonganRank(golongan: string): number {
  const pns = (GOLONGAN_ORDER as readonly string[]).indexOf(golongan);
  if (pns >= 0) return GOLONGAN_ORDER.length - pns;
  const pppk = (GOLONGAN_PPPK_ORDER as readonly string[]).indexOf(golongan);
  return pppk >= 0 ? GOLONGAN_ORDER.length + GOLONGAN_PPPK_ORDER.length - pppk : 99;
}
