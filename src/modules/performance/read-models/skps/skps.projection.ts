import { defineProjection } from '@infrastructure/projections/projection';
import { AppraiserRef, SegmentTransfer, SkpEvent } from '../../skp/skp.events';
import { PERFORMANCE_SKPS, SkpSchema } from './skp.schema';

const appraiserFields = (pejabatPenilai: AppraiserRef, atasan?: AppraiserRef) => ({
  pejabatPenilai,
  pejabatPenilaiEmployeeId: pejabatPenilai.employeeId,
  ...(atasan ? { atasanPejabatPenilai: atasan, atasanEmployeeId: atasan.employeeId } : {}),
});

const transferOf = (t: SegmentTransfer) => ({ effectiveDate: t.effectiveDate, skNumber: t.legalBasis.skNumber, skDate: t.legalBasis.skDate });

/** One document per SKP: the plan, its status and its appraisers, with the fields the inbox and boards filter on. */
export const skpsProjection = defineProjection<SkpEvent>({
  name: PERFORMANCE_SKPS,
  // v2: RHK carry unitTargetIds (SkpDrafted/SkpRevised v2). v3: project contributions. v4: segments (period, months, transfers).
  version: 4,
  collections: [{ name: PERFORMANCE_SKPS, schema: SkpSchema }],
  canHandle: ['performance.SkpDrafted', 'performance.SkpSegmentOpened', 'performance.SkpSegmentClosed', 'performance.SkpSegmentWithdrawn', 'performance.SkpSegmentReopened', 'performance.SkpRevised', 'performance.SkpAppraiserDerived', 'performance.SkpAppraiserOverridden', 'performance.SkpSubmitted', 'performance.SkpApproved', 'performance.SkpReturned', 'performance.FeedbackGiven', 'performance.RealisasiRecorded', 'performance.ProjectContributionRecorded'],
  async apply(event, writer) {
    const set = (fields: Record<string, unknown>) => writer.upsert(PERFORMANCE_SKPS, event.data.skpId, { $set: { ...fields, revision: event.revision } });
    const fresh = { status: 'DRAFT', realisasi: [], umpanBalik: [], projectContributions: [], appraiserOverrideReason: null, returnNotes: null, submittedAt: null, approvedAt: null, nextSkpId: null, closedBy: null };
    switch (event.type) {
      case 'performance.SkpDrafted': {
        const { skpId: _id, draftedAt, pejabatPenilai, atasanPejabatPenilai, ...rest } = event.data;
        return set({ ...rest, ...appraiserFields(pejabatPenilai, atasanPejabatPenilai), ...fresh, segment: 1, previousSkpId: null, openedBy: null, updatedAt: draftedAt });
      }
      case 'performance.SkpSegmentOpened': {
        const { skpId: _id, openedAt, pejabatPenilai, atasanPejabatPenilai, transfer, ...rest } = event.data;
        return set({ ...rest, ...appraiserFields(pejabatPenilai, atasanPejabatPenilai), ...fresh, openedBy: transferOf(transfer), updatedAt: openedAt });
      }
      case 'performance.SkpSegmentClosed':
        return set({ periodEnd: event.data.periodEnd, months: event.data.months, nextSkpId: event.data.nextSkpId, closedBy: transferOf(event.data.transfer), updatedAt: event.data.closedAt });
      case 'performance.SkpSegmentReopened':
        return set({ periodEnd: event.data.periodEnd, months: event.data.months, nextSkpId: null, closedBy: null, updatedAt: event.data.reopenedAt });
      case 'performance.SkpSegmentWithdrawn':
        return set({ status: 'WITHDRAWN', updatedAt: event.data.withdrawnAt });
      case 'performance.SkpRevised': {
        const { rhk, perilaku, lampiran, revisedAt } = event.data;
        return set({ rhk, perilaku, lampiran, updatedAt: revisedAt });
      }
      case 'performance.SkpAppraiserDerived':
        return set({ ...appraiserFields(event.data.pejabatPenilai, event.data.atasanPejabatPenilai), updatedAt: event.data.derivedAt });
      case 'performance.SkpAppraiserOverridden':
        return set({ ...appraiserFields(event.data.pejabatPenilai), appraiserOverrideReason: event.data.reason, updatedAt: event.data.overriddenAt });
      case 'performance.SkpSubmitted':
        return set({ status: 'SUBMITTED', submittedAt: event.data.submittedAt, updatedAt: event.data.submittedAt });
      case 'performance.SkpApproved':
        return set({ status: 'APPROVED', approvedAt: event.data.approvedAt, updatedAt: event.data.approvedAt });
      case 'performance.SkpReturned':
        return set({ status: 'RETURNED', returnNotes: event.data.notes, updatedAt: event.data.returnedAt });
      case 'performance.FeedbackGiven': {
        const { skpId: _id, ...feedback } = event.data;
        const doc = await writer.findById<{ _id: string; umpanBalik?: { feedbackId: string }[] }>(PERFORMANCE_SKPS, event.data.skpId);
        const others = (doc?.umpanBalik ?? []).filter((f) => f.feedbackId !== feedback.feedbackId);
        return set({ umpanBalik: [...others, feedback] });
      }
      case 'performance.RealisasiRecorded': {
        const { rhkId, period, realisasi, evidence, recordedAt } = event.data;
        const doc = await writer.findById<{ _id: string; realisasi?: { rhkId: string; period: string }[] }>(PERFORMANCE_SKPS, event.data.skpId);
        const others = (doc?.realisasi ?? []).filter((r) => r.rhkId !== rhkId || r.period !== period);
        return set({ realisasi: [...others, { rhkId, period, realisasi, evidence, recordedAt }], updatedAt: recordedAt });
      }
      case 'performance.ProjectContributionRecorded': {
        const { skpId: _id, ...contribution } = event.data;
        const doc = await writer.findById<{ _id: string; projectContributions?: { projectId: string; rhkId: string; period: string }[] }>(PERFORMANCE_SKPS, event.data.skpId);
        const same = (c: { projectId: string; rhkId: string; period: string }) => c.projectId === contribution.projectId && c.rhkId === contribution.rhkId && c.period === contribution.period;
        return set({ projectContributions: [...(doc?.projectContributions ?? []).filter((c) => !same(c)), contribution], updatedAt: contribution.recordedAt });
      }
    }
  },
});
