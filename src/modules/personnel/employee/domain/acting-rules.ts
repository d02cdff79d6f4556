import { addMonths, IsoDate } from '@kernel/calendar-date';
import { JenisJabatan, STRUCTURAL_JENIS } from '@modules/organisation';
import { problem, RuleProblem } from '@kernel/rules';
import { ActingKind } from './employment';

/**
 * Plt and Plh (SE Kepala BKN 1/SE/I/2021, DOMAIN.md §1.17). A Plt fills a vacant post, a Plh stands
 * in while the definitive official is away; both only for a structural (leadership) post, by someone
 * at the same level or one below, or by a functional official of the levels the SE names.
 */
export const ActingRule = {
  PLT_POST_NOT_VACANT: 'PERSONNEL.PLT_POST_NOT_VACANT',
  PLH_POST_VACANT: 'PERSONNEL.PLH_POST_VACANT',
  ACTING_POST_NOT_STRUCTURAL: 'PERSONNEL.ACTING_POST_NOT_STRUCTURAL',
  ACTING_NOT_ELIGIBLE: 'PERSONNEL.ACTING_NOT_ELIGIBLE',
  PLT_TERM_TOO_LONG: 'PERSONNEL.PLT_TERM_TOO_LONG',
} as const;

/** What the handler reads about the two posts (organisation tree and holders), for the decider. */
export interface ActingPosts {
  /** The post to act in: its jenis and whether a definitive official holds it now; null when unknown. */
  readonly target: { readonly jenisJabatan: JenisJabatan; readonly held: boolean } | null;
  /** The appointee's own post's jenis; null when unknown. */
  readonly ownJenisJabatan: JenisJabatan | null;
}

/** Structural levels, highest first; a pelaksana is the level below pengawas [M: reading of "one level below"]. */
const LEVEL: Partial<Record<JenisJabatan, number>> = {
  [JenisJabatan.JPT_MADYA]: 1,
  [JenisJabatan.JPT_PRATAMA]: 2,
  [JenisJabatan.ADMINISTRATOR]: 3,
  [JenisJabatan.PENGAWAS]: 4,
  [JenisJabatan.PELAKSANA]: 5,
};

/** Functional officials may act for: ahli utama a JPT, administrator or pengawas; ahli madya an administrator or pengawas; ahli muda/pertama a pengawas. */
const FUNCTIONAL_MAY_ACT_FOR: Partial<Record<JenisJabatan, readonly JenisJabatan[]>> = {
  [JenisJabatan.JF_AHLI_UTAMA]: [JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA, JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS],
  [JenisJabatan.JF_AHLI_MADYA]: [JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS],
  [JenisJabatan.JF_AHLI_MUDA]: [JenisJabatan.PENGAWAS],
  [JenisJabatan.JF_AHLI_PERTAMA]: [JenisJabatan.PENGAWAS],
};

/** A Plt serves at most 3 months per SK (extendable by a new SK for 3 more: SE 2/SE/VII/2019). */
export const PLT_MAX_MONTHS = 3;

export function mayActFor(own: JenisJabatan, target: JenisJabatan): boolean {
  const functional = FUNCTIONAL_MAY_ACT_FOR[own];
  if (functional) return functional.includes(target);
  const [o, t] = [LEVEL[own], LEVEL[target]];
  return o !== undefined && t !== undefined && (o === t || o === t + 1);
}

export function actingProblems(kind: ActingKind, from: IsoDate, until: IsoDate, posts: ActingPosts, positionId: string): RuleProblem[] {
  const { target, ownJenisJabatan } = posts;
  if (!target) return [];
  const problems: RuleProblem[] = [];
  if (!STRUCTURAL_JENIS.has(target.jenisJabatan)) {
    problems.push(problem(ActingRule.ACTING_POST_NOT_STRUCTURAL, `Plt/Plh hanya untuk jabatan pimpinan (JPT, administrator, pengawas); ${positionId} adalah ${target.jenisJabatan}`));
  } else if (!ownJenisJabatan || !mayActFor(ownJenisJabatan, target.jenisJabatan)) {
    problems.push(
      problem(
        ActingRule.ACTING_NOT_ELIGIBLE,
        `Pejabat ${ownJenisJabatan ?? 'tanpa jabatan yang dikenal'} tidak dapat menjadi ${kind === ActingKind.PLT ? 'Plt' : 'Plh'} ${target.jenisJabatan}: harus setingkat atau satu tingkat di bawahnya (SE Kepala BKN 1/SE/I/2021)`,
      ),
    );
  }
  if (kind === ActingKind.PLT && target.held) {
    problems.push(problem(ActingRule.PLT_POST_NOT_VACANT, `${positionId} dijabat pejabat definitif: Plt hanya untuk jabatan yang lowong; untuk ketidakhadiran sementara angkat Plh`));
  }
  if (kind === ActingKind.PLH && !target.held) {
    problems.push(problem(ActingRule.PLH_POST_VACANT, `${positionId} lowong: Plh hanya untuk ketidakhadiran sementara pejabat definitif; untuk jabatan lowong angkat Plt`));
  }
  if (kind === ActingKind.PLT && until >= addMonths(from, PLT_MAX_MONTHS)) {
    problems.push(problem(ActingRule.PLT_TERM_TOO_LONG, `Plt paling lama ${PLT_MAX_MONTHS} bulan per SK (${from} sampai paling lambat sehari sebelum ${addMonths(from, PLT_MAX_MONTHS)}); perpanjangan dengan SK baru`));
  }
  return problems;
}
