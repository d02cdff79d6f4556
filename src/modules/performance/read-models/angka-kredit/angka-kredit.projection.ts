import { defineProjection } from '@infrastructure/projections/projection';
import { AnnualPredikatFinalised } from '../../../shared';
import { angkaKreditLine } from '../../consequences/koefisien';
import { SkpDrafted } from '../../skp/skp.events';
import { AngkaKreditEntry, AngkaKreditEntrySchema, AngkaKreditSkp, AngkaKreditSkpSchema, PERFORMANCE_AK_SKPS, PERFORMANCE_ANGKA_KREDIT } from './angka-kredit.schema';

/** SKP ids are `<employeeId>.<year>`; an annual evaluation id is `<skpId>.<year>`. */
const skpIdOfEvaluation = (evaluationId: string): string => evaluationId.slice(0, evaluationId.lastIndexOf('.'));

/**
 * The JF angka kredit ledger (checklist 12): each published annual predikat of a JF SKP becomes a
 * line (AK = pct × koefisien × months/12); a correction becomes a line whose delta adjusts the
 * previous one, so the ledger never rewrites what it showed.
 */
export const angkaKreditProjection = defineProjection<SkpDrafted | AnnualPredikatFinalised>({
  name: PERFORMANCE_ANGKA_KREDIT,
  version: 1,
  collections: [
    { name: PERFORMANCE_ANGKA_KREDIT, schema: AngkaKreditEntrySchema },
    { name: PERFORMANCE_AK_SKPS, schema: AngkaKreditSkpSchema },
  ],
  canHandle: ['performance.SkpDrafted', 'performance.AnnualPredikatFinalised'],
  async apply(event, writer) {
    switch (event.type) {
      case 'performance.SkpDrafted':
        return writer.upsert(PERFORMANCE_AK_SKPS, event.data.skpId, { $set: { jenisJabatan: event.data.jenisJabatan, months: 12 } });
      case 'performance.AnnualPredikatFinalised': {
        const d = event.data;
        const skp = await writer.findById<AngkaKreditSkp>(PERFORMANCE_AK_SKPS, skpIdOfEvaluation(d.evaluationId));
        if (!skp) return;
        const earlier = await writer.find<AngkaKreditEntry>(PERFORMANCE_ANGKA_KREDIT, { evaluationId: d.evaluationId, revision: { $lt: event.revision } }, { sort: { revision: -1 }, limit: 1 });
        const line = angkaKreditLine(skp.jenisJabatan, d.predikat, skp.months, earlier[0]?.angkaKredit ?? null);
        if (!line) return;
        return writer.upsert(PERFORMANCE_ANGKA_KREDIT, `${d.evaluationId}@${event.revision}`, {
          $set: { employeeId: d.employeeId, instansiId: d.instansiId, year: d.year, evaluationId: d.evaluationId, source: d.source, predikat: d.predikat, ...line, recordedAt: d.finalisedAt, revision: event.revision },
        });
      }
    }
  },
});
