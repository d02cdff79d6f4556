import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import '../report/report.events';
import '../skm/skm.events';
import { FEEDBACK_REPORTS, FeedbackReportDoc, reportsProjection } from './reports';
import { SKM_SURVEYS, SkmSurveyDoc, skmSurveysProjection } from './skm-surveys';
import { UNIT_METRICS, unitMetricsProjection } from './unit-metrics';

const reportId = 'kota-medan.r1';
const at = '2026-01-09T03:00:00.000Z';

describe('public-feedback read models (every event applied twice equals once)', () => {
  it('reports: the lifecycle, timeline and SLA breaches; no readable identity', async () => {
    const read = await projectEvents(reportsProjection, [
      recorded('public-feedback.ReportSubmitted', {
        reportId, trackingId: '7K4M-Q2XD-9BWT', kind: 'PENGADUAN', privacy: 'ANONIM', unitId: 'kota-medan.disdukcapil', instansiId: 'kota-medan', title: 'Antrean', body: 'Antrean lama sekali di loket.',
        attachments: [{ hash: 'a'.repeat(64), mediaType: 'image/png', size: 10 }], reporter: { subjectId: `reporter-${reportId}`, sealed: 'v1.x.y.z' }, channel: 'PORTAL', submittedAt: at,
        sla: { verifyDays: 3, followUpDays: 5, closeAfterDays: 10, calendar: 't' }, verifyDueAt: '2026-01-14T17:00:00.000Z',
      }, { revision: 0 }),
      recorded('public-feedback.ReportSlaMissed', { reportId, stage: 'VERIFY', dueAt: '2026-01-14T17:00:00.000Z', escalatedTo: { opdUnitId: 'kota-medan.disdukcapil', instansiId: 'kota-medan' }, detectedAt: '2026-01-14T17:00:00.000Z' }, { revision: 1 }),
      recorded('public-feedback.ReportVerified', { reportId, action: 'A1_VERIFIKASI', verifiedAt: '2026-01-15T03:00:00.000Z' }, { revision: 2 }),
      recorded('public-feedback.ReportDisposed', { reportId, toUnitId: 'kota-medan.disdukcapil', disposedAt: '2026-01-15T04:00:00.000Z', followUpDueAt: '2026-01-22T17:00:00.000Z' }, { revision: 3 }),
      recorded('public-feedback.ReportFollowedUp', { reportId, byUnitId: 'kota-medan.disdukcapil', response: 'Loket ditambah', followedUpAt: '2026-01-19T03:00:00.000Z', closesAt: '2026-02-02T17:00:00.000Z' }, { revision: 4 }),
      recorded('public-feedback.ReporterReplied', { reportId, message: 'Belum membaik', reopened: true, repliedAt: '2026-01-20T03:00:00.000Z', followUpDueAt: '2026-01-27T17:00:00.000Z' }, { revision: 5 }),
      recorded('public-feedback.ReportFollowedUp', { reportId, byUnitId: 'kota-medan.disdukcapil', response: 'Antrean daring', followedUpAt: '2026-01-21T03:00:00.000Z', closesAt: '2026-02-04T17:00:00.000Z' }, { revision: 6 }),
      recorded('public-feedback.ReporterContactErased', { reportId, subjectId: `reporter-${reportId}`, erasedAt: '2026-01-22T03:00:00.000Z' }, { revision: 7 }),
    ]);
    const doc = (await read.collection<FeedbackReportDoc>(FEEDBACK_REPORTS).findById(reportId))!;
    expect(doc).toMatchObject({ status: 'FOLLOWED_UP', revision: 7, disposedTo: 'kota-medan.disdukcapil', firstFollowUpAt: '2026-01-19T03:00:00.000Z', closesAt: '2026-02-04T17:00:00.000Z', slaMissed: true, hasReporterIdentity: false, reporterSealed: null });
    expect(doc.slaBreaches).toEqual([{ stage: 'VERIFY', dueAt: '2026-01-14T17:00:00.000Z', detectedAt: '2026-01-14T17:00:00.000Z' }]);
    expect(doc.timeline.map((t) => t.event)).toEqual(['SUBMITTED', 'A1_VERIFIKASI', 'DISPOSED:kota-medan.disdukcapil', 'FOLLOW_UP', 'REOPENED', 'FOLLOW_UP']);
  });

  it('SKM surveys: totals per unsur and the publication', async () => {
    const surveyId = 'kota-medan.dinkes-2026';
    const read = await projectEvents(skmSurveysProjection, [
      recorded('public-feedback.SkmSurveyOpened', { surveyId, unitId: 'kota-medan.dinkes', instansiId: 'kota-medan', period: '2026', population: 100, openedAt: at }),
      recorded('public-feedback.SkmResponseRecorded', { surveyId, responseId: 'r1', answers: [4, 3, 3, 4, 4, 3, 4, 4, 4], channel: 'PORTAL', respondedAt: at }),
      recorded('public-feedback.SkmResponseRecorded', { surveyId, responseId: 'r2', answers: [1, 2, 3, 4, 1, 2, 3, 4, 1], channel: 'LOKET', respondedAt: at }),
      recorded('public-feedback.SkmResultPublished', { surveyId, unitId: 'kota-medan.dinkes', period: '2026', respondents: 2, totals: [5, 5, 6, 8, 5, 5, 7, 8, 5], ikm: '75.00', grade: 'C', roundingPolicy: 'EXACT_RATIONAL_HALF_UP_2DP', followUpPlan: 'Rencana', publishedAt: at }),
    ]);
    const doc = (await read.collection<SkmSurveyDoc>(SKM_SURVEYS).findById(surveyId))!;
    expect(doc).toMatchObject({ respondents: 2, totals: [5, 5, 6, 8, 5, 5, 7, 8, 5], published: { ikm: '75.00', grade: 'C', respondents: 2, followUpPlan: 'Rencana', publishedAt: at } });
  });

  it('unit metrics: the latest value per unit, period and metric, whichever module published it', async () => {
    const metric = (value: string, basis: number, source: string) => recorded('shared.UnitMetricPublished', { metric: 'JP_COMPLIANCE_PCT', instansiId: 'kota-binjai', unitId: 'kota-binjai.bkpsdm', period: '2026', value, basis, source, publishedAt: at });
    const read = await projectEvents(unitMetricsProjection, [metric('50.00', 4, 'training:a'), metric('66.67', 6, 'training:b')]);
    expect(await read.collection(UNIT_METRICS).find({})).toEqual([expect.objectContaining({ _id: 'kota-binjai.bkpsdm|2026|JP_COMPLIANCE_PCT', value: '66.67', basis: 6, source: 'training:b' })]);
  });
});
