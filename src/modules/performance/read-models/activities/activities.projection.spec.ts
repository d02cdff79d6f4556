import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import { activitiesProjection } from './activities.projection';
import { PERFORMANCE_ACTIVITIES } from './activity.schema';

const AT = '2026-03-10T09:00:00.000Z';
const entry = { activityId: '2026-03:a1', skpId: 'emp-ani.2026', employeeId: 'emp-ani', instansiId: 'kota-medan', unitId: 'kota-medan.aptika', pejabatPenilaiEmployeeId: 'emp-kabid', atasanEmployeeId: 'emp-kadis', date: '2026-03-10', durationMinutes: 240, rhkId: 'a1', description: 'Rancangan modul', evidence: [], loggedAt: AT };

describe('daily journal projection', () => {
  it('keeps each entry with the feedback given on it, and ignores feedback elsewhere', async () => {
    const store = await projectEvents(activitiesProjection, [
      recorded('performance.ActivityLogged', entry),
      recorded('performance.FeedbackGiven', { feedbackId: 'fb-1', skpId: 'emp-ani.2026', rhkId: null, activityId: '2026-03:a1', perilaku: null, text: 'Bagus', givenBy: 'emp-kabid', givenAt: AT }),
      recorded('performance.FeedbackGiven', { feedbackId: 'fb-2', skpId: 'emp-ani.2026', rhkId: 'a1', activityId: null, perilaku: null, text: 'RHK', givenBy: 'emp-kabid', givenAt: AT }),
    ]);
    const docs = await store.collection(PERFORMANCE_ACTIVITIES).find({});
    expect(docs).toEqual([expect.objectContaining({ _id: '2026-03:a1', durationMinutes: 240, umpanBalik: [expect.objectContaining({ feedbackId: 'fb-1', text: 'Bagus', activityId: '2026-03:a1' })] })]);
  });
});
