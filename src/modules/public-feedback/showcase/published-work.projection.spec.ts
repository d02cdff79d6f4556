import { projectEvents, recorded } from '@infrastructure/projections/testing/projection-spec';
import './showcase';
import { PUBLISHED_WORK, publishedWorkProjection } from './showcase.graphql';

const at = '2026-06-01T03:00:00.000Z';
const consented = (entryId: string, revision: number) =>
  recorded('public-feedback.WorkPublicationConsented', { employeeId: 'emp-ani', entryId, instansiId: 'kota-medan', unitId: 'kota-medan.diskominfo', kind: 'OUTPUT', title: 'Layanan izin daring', description: 'Alur izin usaha daring dipakai empat OPD.', year: 2026, consentedAt: at }, { revision, streamId: 'public-feedback-showcase-emp-ani' });

describe('published work read model (every event applied twice equals once)', () => {
  it('an entry is public while its consent stands; the withdrawal deletes it', async () => {
    const read = await projectEvents(publishedWorkProjection, [
      consented('emp-ani.1', 0),
      consented('emp-ani.2', 1),
      recorded('public-feedback.WorkPublicationWithdrawn', { employeeId: 'emp-ani', entryId: 'emp-ani.1', instansiId: 'kota-medan', withdrawnAt: at }, { revision: 2, streamId: 'public-feedback-showcase-emp-ani' }),
    ]);
    const docs = await read.collection(PUBLISHED_WORK).find({});
    expect(docs).toEqual([expect.objectContaining({ _id: 'emp-ani.2', employeeId: 'emp-ani', instansiId: 'kota-medan', kind: 'OUTPUT', title: 'Layanan izin daring' })]);
  });
});
