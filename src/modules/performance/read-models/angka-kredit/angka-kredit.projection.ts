import { defineProjection } from '@infrastructure/projections/projection';
import { angkaKreditLine } from '../../consequences/koefisien';
import { EvaluationClosed, EvaluationCorrected } from '../../evaluation/evaluation.events';
import { isAnnual } from '../../skp/periods';
import { SkpDrafted, SkpSegmentClosed, SkpSegmentOpened, SkpSegmentReopened } from '../../skp/skp.events';
import { AngkaKreditEntry, AngkaKreditEntrySchema, AngkaKreditSkp, AngkaKreditSkpSchema, PERFORMANCE_AK_SKPS, PERFORMANCE_ANGKA_KREDIT } from './angka-kredit.schema';

/** An evaluation id is `<skpId>.<period>` and a period never contains a '.'. */
const splitEvaluationId = (evaluationId: string) => ({ skpId: evaluationId.slice(0, evaluationId.lastIndexOf('.')), period: evaluationId.slice(evaluationId.lastIndexOf('.') + 1) });

type AkEvent = SkpDrafted | SkpSegmentOpened | SkpSegmentClosed | SkpSegmentReopened | EvaluationClosed | EvaluationCorrected;

/**
 * The JF angka kredit ledger (checklist 12): each closed annual evaluation of a JF SKP segment becomes
 * a line (AK = pct × koefisien × months/12, the segment's months: a year split by a transfer earns
 * per segment, pro-rated); a correction becomes a line whose delta adjusts the previous one, so the
 * ledger never rewrites what it showed. A segment counting no month earns nothing.
 */
export const angkaKreditProjection = defineProjection<AkEvent>({
  name: PERFORMANCE_ANGKA_KREDIT,
  // v2: lines per SKP segment from the annual evaluation's close and corrections, with the segment's months.
  version: 2,
  collections: [
    { name: PERFORMANCE_ANGKA_KREDIT, schema: AngkaKreditEntrySchema },
    { name: PERFORMANCE_AK_SKPS, schema: AngkaKreditSkpSchema },
  ],
  canHandle: ['performance.SkpDrafted', 'performance.SkpSegmentOpened', 'performance.SkpSegmentClosed', 'performance.SkpSegmentReopened', 'performance.EvaluationClosed', 'performance.EvaluationCorrected'],
  async apply(event, writer) {
    switch (event.type) {
      case 'performance.SkpDrafted':
      case 'performance.SkpSegmentOpened': {
        const { skpId, employeeId, instansiId, year, jenisJabatan, months } = event.data;
        return writer.upsert(PERFORMANCE_AK_SKPS, skpId, { $set: { employeeId, instansiId, year, jenisJabatan, months } });
      }
      case 'performance.SkpSegmentClosed':
      case 'performance.SkpSegmentReopened':
        return writer.upsert(PERFORMANCE_AK_SKPS, event.data.skpId, { $set: { months: event.data.months } });
      case 'performance.EvaluationClosed':
      case 'performance.EvaluationCorrected': {
        const d = event.data;
        const { skpId, period } = splitEvaluationId(d.evaluationId);
        if (!isAnnual(period)) return;
        const skp = await writer.findById<AngkaKreditSkp>(PERFORMANCE_AK_SKPS, skpId);
        if (!skp || skp.months < 1) return;
        const earlier = await writer.find<AngkaKreditEntry>(PERFORMANCE_ANGKA_KREDIT, { evaluationId: d.evaluationId, revision: { $lt: event.revision } }, { sort: { revision: -1 }, limit: 1 });
        const line = angkaKreditLine(skp.jenisJabatan, d.predikat, skp.months, earlier[0]?.angkaKredit ?? null);
        if (!line) return;
        const [source, recordedAt] = event.type === 'performance.EvaluationClosed' ? ['CLOSE', event.data.closedAt] : ['CORRECTION', event.data.correctedAt];
        return writer.upsert(PERFORMANCE_ANGKA_KREDIT, `${d.evaluationId}@${event.revision}`, {
          $set: { employeeId: skp.employeeId, instansiId: skp.instansiId, year: skp.year, evaluationId: d.evaluationId, skpId, source, predikat: d.predikat, ...line, recordedAt, revision: event.revision },
        });
      }
    }
  },
});
