import { deciderSpec } from '@kernel/testing/decider-spec';
import { skpDecider } from './skp.decider';
import { SkpEvent } from './skp.events';
import { AT, drafted } from './testing/skp.fixtures';

const spec = deciderSpec(skpDecider);
const submitted: SkpEvent = { type: 'performance.SkpSubmitted', data: { skpId: 'emp-ani.2026', submittedBy: 'emp-ani', submittedAt: AT } };
const approved: SkpEvent = { type: 'performance.SkpApproved', data: { skpId: 'emp-ani.2026', approvedBy: 'emp-kabid', superiorSkpId: 'emp-kabid.2026', approvedAt: AT } };
const feedback = { type: 'GiveFeedback' as const, feedbackId: 'fb-1', rhkId: 'r1', activityId: null, perilaku: null, activityKnown: false, text: 'Progres modul sesuai jadwal', by: 'emp-kabid', at: AT };
const realisasi = { type: 'RecordRealisasi' as const, rhkId: 'r1', period: '2026-Q1', realisasi: '1 dari 4 modul beroperasi', evidence: ['b'.repeat(64)], by: 'emp-ani', at: AT };

describe('SKP evidence: umpan balik and realisasi', () => {
  it('records feedback on an RHK, a journal entry or a BerAKHLAK value of an approved SKP', () => {
    spec.given([drafted, submitted, approved]).when(feedback).then([
      { type: 'performance.FeedbackGiven', data: { feedbackId: 'fb-1', skpId: 'emp-ani.2026', rhkId: 'r1', activityId: null, perilaku: null, text: 'Progres modul sesuai jadwal', givenBy: 'emp-kabid', givenAt: AT } },
    ]);
    spec.given([drafted, submitted, approved]).when({ ...feedback, rhkId: null, activityId: '2026-03:x', activityKnown: true }).events();
    spec.given([drafted, submitted, approved]).when({ ...feedback, rhkId: null, perilaku: 'KOLABORATIF' }).events();
  });

  it('refuses feedback without a target, on an unknown RHK or entry, without text, or before approval', () => {
    spec.given([drafted, submitted, approved]).when({ ...feedback, rhkId: null }).thenViolates('PERFORMANCE.FEEDBACK_TARGET_REQUIRED');
    spec.given([drafted, submitted, approved]).when({ ...feedback, rhkId: 'zz', activityId: '2026-03:x', activityKnown: false, text: ' ' }).thenViolates('PERFORMANCE.RHK_UNKNOWN', 'PERFORMANCE.ACTIVITY_UNKNOWN', 'PERFORMANCE.TEXT_REQUIRED');
    spec.given([drafted, submitted]).when(feedback).thenViolates('PERFORMANCE.SKP_NOT_APPROVED');
  });

  it('records realisasi per RHK and period of the SKP year', () => {
    spec.given([drafted, submitted, approved]).when(realisasi).then([
      { type: 'performance.RealisasiRecorded', data: { skpId: 'emp-ani.2026', rhkId: 'r1', period: '2026-Q1', realisasi: '1 dari 4 modul beroperasi', evidence: ['b'.repeat(64)], recordedBy: 'emp-ani', recordedAt: AT } },
    ]);
    for (const period of ['2026', '2026-S2', '2026-12']) spec.given([drafted, submitted, approved]).when({ ...realisasi, period }).events();
  });

  it('refuses realisasi for another year, a malformed period, an unknown RHK, or before approval', () => {
    spec.given([drafted, submitted, approved]).when({ ...realisasi, period: '2025-Q4' }).thenViolates('PERFORMANCE.PERIOD_INVALID');
    spec.given([drafted, submitted, approved]).when({ ...realisasi, period: '2026-Q5', rhkId: 'zz' }).thenViolates('PERFORMANCE.PERIOD_INVALID', 'PERFORMANCE.RHK_UNKNOWN');
    spec.given([drafted]).when(realisasi).thenViolates('PERFORMANCE.SKP_NOT_APPROVED');
  });
  it("records a project lead's rating on an RHK of the approved SKP, for a period of its year", () => {
    const contribution = { type: 'RecordProjectContribution' as const, projectId: 'p-1', projectName: 'Stunting', rhkId: 'r1', period: '2026-Q1', rating: 'DI_ATAS' as const, feedback: 'Tepat waktu', by: 'emp-lead', at: AT };
    spec.given([drafted, submitted, approved]).when(contribution).then([
      { type: 'performance.ProjectContributionRecorded', data: { skpId: 'emp-ani.2026', projectId: 'p-1', projectName: 'Stunting', rhkId: 'r1', period: '2026-Q1', rating: 'DI_ATAS', feedback: 'Tepat waktu', ratedBy: 'emp-lead', recordedAt: AT } },
    ]);
    spec.given([drafted, submitted]).when(contribution).thenViolates('PERFORMANCE.SKP_NOT_APPROVED');
    spec.given([drafted, submitted, approved]).when({ ...contribution, rhkId: 'zz', period: '2025' }).thenViolates('PERFORMANCE.RHK_UNKNOWN', 'PERFORMANCE.PERIOD_INVALID');
  });
});
