import { isBlank, MaybeProblem, problem, RuleProblem } from '@kernel/rules';
import { PerformanceRule as R } from '../performance.rules';
import { AppraiserRef, SkpContent } from './skp.events';
import { SuperiorSkp, UnitPlanFacts } from './skp.commands';
import { BERAKHLAK, RhkKategori } from './skp.vocabulary';

/** What a plan must hold (checklist 9): at least one UTAMA RHK, each with text and IKI, all 7 BerAKHLAK values. */
export function contentProblems(content: SkpContent): MaybeProblem[] {
  const ids = content.rhk.map((r) => r.rhkId);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  const withoutText = content.rhk.filter((r) => isBlank(r.rencanaKinerja) || r.indikator.some((i) => isBlank(i.iki) || isBlank(i.target)));
  const withoutIndikator = content.rhk.filter((r) => r.indikator.length === 0);
  const repeatedAspek = content.rhk.filter((r) => new Set(r.indikator.map((i) => i.aspek)).size !== r.indikator.length);
  const values = content.perilaku.map((p) => p.nilai);
  return [
    !content.rhk.some((r) => r.kategori === RhkKategori.UTAMA) && problem(R.RHK_UTAMA_REQUIRED, 'SKP memerlukan paling sedikit satu RHK utama'),
    duplicates.length > 0 && problem(R.RHK_ID_DUPLICATE, `Kode RHK ganda: ${[...new Set(duplicates)].join(', ')}`),
    withoutText.length > 0 && problem(R.RHK_TEXT_REQUIRED, `Rencana kinerja, IKI dan target wajib diisi: ${withoutText.map((r) => r.rhkId).join(', ')}`),
    withoutIndikator.length > 0 && problem(R.RHK_INDIKATOR_REQUIRED, `RHK tanpa indikator (IKI): ${withoutIndikator.map((r) => r.rhkId).join(', ')}`),
    repeatedAspek.length > 0 && problem(R.RHK_ASPEK_DUPLICATE, `Satu aspek hanya sekali per RHK: ${repeatedAspek.map((r) => r.rhkId).join(', ')}`),
    (values.length !== BERAKHLAK.length || !BERAKHLAK.every((v) => values.includes(v))) &&
      problem(R.PERILAKU_INCOMPLETE, 'Perilaku kerja memuat ketujuh nilai BerAKHLAK, masing-masing sekali'),
  ];
}

/** Every intervensi names an RHK of the pejabat penilai's own SKP of the year. */
export function intervensiProblems(content: SkpContent, superior: SuperiorSkp | null): RuleProblem[] {
  const unknown = content.rhk.flatMap((r) => r.intervensi.filter((link) => !superior || link.skpId !== superior.skpId || !superior.rhkIds.includes(link.rhkId)).map((link) => `${r.rhkId} → ${link.skpId}/${link.rhkId}`));
  return unknown.length === 0 ? [] : [problem(R.INTERVENSI_UNKNOWN, `RHK atasan yang diintervensi tidak ada di SKP pejabat penilai: ${unknown.join(', ')}`)];
}

/** JPT lead the cascade from the unit's targets; everyone else's RHK utama intervene in the appraiser's SKP. */
export function isJpt(jenisJabatan: string): boolean {
  return jenisJabatan === 'JPT_PRATAMA' || jenisJabatan === 'JPT_MADYA';
}

/**
 * PermenPANRB 6/2022 (cascade; checklist 9): every RHK utama, except a JPT's, links to at least one
 * RHK of the pejabat penilai's SKP. Only a unit head as appraiser has an SKP to link to.
 */
export function cascadeProblems(content: SkpContent, jenisJabatan: string, pejabatPenilai: AppraiserRef): RuleProblem[] {
  if (isJpt(jenisJabatan) || pejabatPenilai.kind !== 'UNIT_HEAD') return [];
  const orphan = content.rhk.filter((r) => r.kategori === RhkKategori.UTAMA && r.intervensi.length === 0).map((r) => r.rhkId);
  return orphan.length === 0 ? [] : [problem(R.CASCADE_LINK_REQUIRED, `RHK utama harus mengintervensi RHK pejabat penilai: ${orphan.join(', ')}`)];
}

/** The SKP goes to someone who can act: a resolved appraiser, and a filled post (else ADMIN_BKD overrides). */
export function appraiserProblems(pejabatPenilai: AppraiserRef): RuleProblem[] {
  if (pejabatPenilai.kind === 'UNRESOLVED') return [problem(R.APPRAISER_UNRESOLVED, `Pejabat penilai tidak dapat ditentukan (${pejabatPenilai.unresolved ?? 'tidak diketahui'}); ADMIN_BKD dapat menetapkannya`)];
  if (pejabatPenilai.kind === 'UNIT_HEAD' && !pejabatPenilai.employeeId) return [problem(R.APPRAISER_VACANT, `Jabatan pejabat penilai ${pejabatPenilai.positionId} kosong; ADMIN_BKD dapat menetapkan pejabat penilai`)];
  return [];
}

/** Only a JPT links RHK to the unit's targets, and only to targets of the unit's plan for the year. */
export function unitTargetProblems(content: SkpContent, jenisJabatan: string, unitPlan: UnitPlanFacts | null): RuleProblem[] {
  const linking = content.rhk.filter((r) => r.unitTargetIds.length > 0);
  if (linking.length === 0) return [];
  if (!isJpt(jenisJabatan)) return [problem(R.UNIT_TARGETS_JPT_ONLY, `Hanya RHK pejabat pimpinan tinggi yang menautkan target unit: ${linking.map((r) => r.rhkId).join(', ')}`)];
  const unknown = linking.flatMap((r) => r.unitTargetIds.filter((t) => !unitPlan?.targetIds.includes(t)).map((t) => `${r.rhkId} → ${t}`));
  return unknown.length === 0 ? [] : [problem(R.UNIT_TARGET_UNKNOWN, `Target unit tidak ada: ${unknown.join(', ')}`)];
}

/** A JPT's RHK utama each serve at least one target of the unit's approved plan (the cascade root). */
export function jptCascadeProblems(content: SkpContent, jenisJabatan: string, unitPlan: UnitPlanFacts | null): RuleProblem[] {
  if (!isJpt(jenisJabatan) || !unitPlan?.approved) return [];
  const orphan = content.rhk.filter((r) => r.kategori === RhkKategori.UTAMA && r.unitTargetIds.length === 0).map((r) => r.rhkId);
  return orphan.length === 0 ? [] : [problem(R.CASCADE_LINK_REQUIRED, `RHK utama pimpinan tinggi harus menautkan target unit: ${orphan.join(', ')}`)];
}
