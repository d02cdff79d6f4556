import { Schema } from 'mongoose';
import { DomainEvent } from '@kernel/events';
import { defineProjection } from './projection';
import { projectEvents, recorded } from './testing/projection-spec';

type Opened = DomainEvent<'test.TallyOpened', { tallyId: string; label: string }>;
type Counted = DomainEvent<'test.TallyCounted', { tallyId: string; by: number }>;
type Ignored = DomainEvent<'test.TallyIgnored', { tallyId: string }>;

const schema = new Schema({ _id: String, label: String, total: Number, writes: Number }, { versionKey: false });

/** Writes each tally several times per event: a counter, then a derived field from the document it just wrote. */
const tallies = defineProjection<Opened | Counted>({
  name: 'tallies',
  version: 1,
  collections: [{ name: 'tallies', schema }],
  canHandle: ['test.TallyOpened', 'test.TallyCounted'],
  async apply(event, writer) {
    switch (event.type) {
      case 'test.TallyOpened':
        await writer.upsert('tallies', event.data.tallyId, { $set: { label: event.data.label, total: 0, writes: 1 } });
        await writer.upsert('tallies', event.data.tallyId, { $inc: { writes: 1 } });
        return;
      case 'test.TallyCounted': {
        await writer.upsert('tallies', event.data.tallyId, { $inc: { total: event.data.by, writes: 1 } });
        const written = await writer.findById<{ _id: string; total: number }>('tallies', event.data.tallyId);
        await writer.upsert('tallies', event.data.tallyId, { $set: { label: `total ${written!.total}` } });
        await writer.updateMany('tallies', { _id: event.data.tallyId }, { $inc: { writes: 1 } });
      }
    }
  },
});

describe('defineProjection', () => {
  it('applies every write an event makes to one document, and a replay of the event changes nothing', async () => {
    const store = await projectEvents(tallies, [
      recorded('test.TallyOpened', { tallyId: 't1', label: 'new' }),
      recorded('test.TallyCounted', { tallyId: 't1', by: 3 }),
      recorded('test.TallyCounted', { tallyId: 't1', by: 4 }),
    ]);
    expect(await store.collection('tallies').findById('t1')).toMatchObject({ total: 7, label: 'total 7', writes: 6 });
  });

  it('passes only the event types it declares to the handler', async () => {
    const store = await projectEvents(tallies, [
      recorded('test.TallyOpened', { tallyId: 't2', label: 'new' }),
      recorded<Ignored['data']>('test.TallyIgnored', { tallyId: 't2' }),
    ]);
    expect(tallies.canHandle).toEqual(['test.TallyOpened', 'test.TallyCounted']);
    expect(await store.collection('tallies').findById('t2')).toMatchObject({ total: 0, writes: 2 });
  });
});
