import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@infrastructure/event-store/sqlite/sqlite-event-store';
import { reactTo, recorded } from '@infrastructure/projections/testing/projection-spec';
import { causedBy } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { ReadModels } from '@infrastructure/projections/read-models';
import { OrganisationDirectory } from '../../organisation';
import { AppraiserLookup, EmployeeDirectory } from '../../personnel';
import { SkpCommands } from '../skp-commands/skp-commands';
import { SkpState } from '../skp/skp.decider';
import { skpDecider } from '../skp/skp.decider';
import { skpStream } from '../skp/skp.events';
import { AT, content, derivedKabid, draftCommand } from '../skp/testing/skp.fixtures';
import { SKP_SEGMENT_TRANSFERS, skpSegmentReaction, SkpSegments } from './skp-segments';
import { evaluationIdOf, evaluationStream } from '../evaluation/evaluation.events';
import { newEvent } from '../../../../test/fixtures/events';
import '../../shared';

const head = (employeeId: string, positionId: string) => ({ kind: 'UNIT_HEAD', employeeId, name: employeeId, positionId, unitId: null, jenisJabatan: 'ADMINISTRATOR', acting: null, substitute: false, title: null, unresolved: null, message: null });
/** The new post's appraiser on the TMT: the Kabid of Dukcapil; before it, Aptika's. */
const appraisers = {
  view: async (appraisee: { positionId: string }, onDate: string) => ({
    onDate,
    pejabatPenilai: appraisee.positionId.startsWith('kota-medan.dukcapil') ? head('emp-kabid-dukcapil', 'kota-medan.dukcapil.kabid') : head('emp-kabid', 'kota-medan.aptika.kabid'),
    atasanPejabatPenilai: head('emp-kadis', 'kota-medan.diskominfo.kadis'),
  }),
} as unknown as AppraiserLookup;
const organisation = { position: async () => ({ position: { jenisJabatan: 'PELAKSANA' } }) } as unknown as OrganisationDirectory;

const ctx = () => {
  const commandId = randomUUID();
  return { commandId, actor: { id: 'emp-ani', roles: [{ role: 'EMPLOYEE', unit: 'kota-medan' }] }, correlationId: commandId, causationId: commandId, occurredAt: AT };
};
const transferred = (effectiveDate: string, to = { unitId: 'kota-medan.dukcapil', positionId: 'kota-medan.dukcapil.analis' }) =>
  recorded(
    'personnel.EmployeeTransferred',
    { employeeId: 'emp-ani', from: { unitId: 'kota-medan.aptika', positionId: 'kota-medan.aptika.pengelola' }, to, effectiveDate, legalBasis: { skNumber: 'SK/MUTASI/7', skDate: '2026-06-20' } },
    { actor: { id: 'bkd-1', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] }, occurredAt: '2026-06-21T02:00:00.000Z' },
  );

describe('SKP segment reaction (personnel.EmployeeTransferred → close the old post’s SKP, open the new one)', () => {
  let store: SqliteEventStore;
  let executor: CommandExecutor;
  let segments: SkpSegments;
  let skps: SkpCommands;
  /** The reaction's records as the draft handler reads them (ReadModels over the reaction's store). */
  let records: { collection: (name: string) => unknown } = { collection: () => ({ find: async () => [] }) };
  const types = async (skpId: string) => (await store.readStream(skpStream(skpId))).map((e) => e.type);
  const state = async (skpId: string) => (await executor.load(skpDecider, skpStream(skpId))).state as Extract<SkpState, { exists: true }>;

  beforeEach(async () => {
    store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'akt-segments-')), 'events.db'));
    executor = new CommandExecutor(store, 10);
    skps = new SkpCommands(executor, {} as EmployeeDirectory, appraisers, organisation);
    segments = new SkpSegments(executor, skps, organisation, { collection: (name: string) => records.collection(name) } as unknown as ReadModels);
    await executor.execute(skpDecider, skpStream('emp-ani.2026'), { ...draftCommand, derived: derivedKabid, content }, ctx());
  });
  afterEach(() => store.close());

  it('closes the old segment at TMT − 1 and opens a DRAFT segment for the new post with the appraiser on the TMT — once, however often it is delivered', async () => {
    const event = transferred('2026-07-01');
    const first = await reactTo(skpSegmentReaction(segments), [event]);
    expect(await state('emp-ani.2026')).toMatchObject({ periodEnd: '2026-06-30', months: 6, nextSkpId: 'emp-ani.2026.2' });
    expect(await state('emp-ani.2026.2')).toMatchObject({ status: 'DRAFT', unitId: 'kota-medan.dukcapil', periodStart: '2026-07-01', periodEnd: '2026-12-31', months: 6, segment: 2, previousSkpId: 'emp-ani.2026', skpDate: '2026-07-01' });
    expect((await state('emp-ani.2026.2')).pejabatPenilai).toMatchObject({ employeeId: 'emp-kabid-dukcapil', source: 'DERIVED' });
    expect(await first.collection(SKP_SEGMENT_TRANSFERS).findById(event.eventId)).toMatchObject({ outcome: 'SPLIT', closedSkpId: 'emp-ani.2026', openedSkpId: 'emp-ani.2026.2' });

    await reactTo(skpSegmentReaction(segments), [event, event], first.store);
    expect(await types('emp-ani.2026')).toEqual(['performance.SkpDrafted', 'performance.SkpSegmentClosed']);
    expect(await types('emp-ani.2026.2')).toEqual(['performance.SkpSegmentOpened']);
    expect(await types('emp-ani.2026.3')).toEqual([]);
  });

  it('after a crash between the close and the open, a replay opens the new segment (and only it)', async () => {
    const event = transferred('2026-07-01');
    const transfer = { eventId: event.eventId, effectiveDate: '2026-07-01', legalBasis: event.data.legalBasis };
    const closeContext = causedBy(event, { id: 'system:performance-segments', roles: [{ role: 'ADMIN_BKD', unit: 'kota-medan' }] }, 'performance-skp-segments:close');
    await executor.execute(skpDecider, skpStream('emp-ani.2026'), { type: 'CloseSkpSegment', nextSkpId: 'emp-ani.2026.2', transfer, at: AT }, closeContext);
    await reactTo(skpSegmentReaction(segments), [event]);
    expect(await types('emp-ani.2026')).toEqual(['performance.SkpDrafted', 'performance.SkpSegmentClosed']);
    expect(await types('emp-ani.2026.2')).toEqual(['performance.SkpSegmentOpened']);
  });

  it('leaves the SKP alone for the same post, a TMT on its first day, another year, or an employee without SKP', async () => {
    const same = transferred('2026-07-01', { unitId: 'kota-medan.aptika', positionId: 'kota-medan.aptika.pengelola' });
    const first = transferred('2026-01-01');
    const otherYear = transferred('2027-02-01');
    const result = await reactTo(skpSegmentReaction(segments), [same, first, otherYear]);
    expect(await types('emp-ani.2026')).toEqual(['performance.SkpDrafted']);
    const outcomes = await Promise.all([same, first, otherYear].map(async (e) => (await result.collection<{ _id: string; outcome: string }>(SKP_SEGMENT_TRANSFERS).findById(e.eventId))?.outcome));
    expect(outcomes).toEqual(['SAME_POST', 'TMT_ON_FIRST_DAY', 'NO_SKP']);
  });

  it("leaves the SKP alone once the year's annual close has begun, whichever segment's evaluation closed", async () => {
    await reactTo(skpSegmentReaction(segments), [transferred('2026-07-01')]); // Jan–Jun and Jul–Dec: six months each
    // The first segment's annual evaluation is closed (after 31 December); the second is still open.
    const evaluation = evaluationStream(evaluationIdOf('emp-ani.2026', '2026'));
    await store.append(evaluation, [newEvent('performance.PeriodEvaluated', { evaluationId: evaluationIdOf('emp-ani.2026', '2026'), skpId: 'emp-ani.2026', employeeId: 'emp-ani', period: '2026', predikat: 'BAIK' })], 'no_stream');
    await store.append(evaluation, [newEvent('performance.EvaluationClosed', { evaluationId: evaluationIdOf('emp-ani.2026', '2026'), signOffId: 'sign-off-1' })], 0);
    // A late transfer inside the open segment, and one inside the closed one.
    const late = [transferred('2026-10-01', { unitId: 'kota-medan.aptika', positionId: 'kota-medan.aptika.pengelola' }), transferred('2026-03-01')];
    const result = await reactTo(skpSegmentReaction(segments), late);
    const outcomes = await Promise.all(late.map(async (e) => (await result.collection<{ _id: string; outcome: string }>(SKP_SEGMENT_TRANSFERS).findById(e.eventId))?.outcome));
    expect(outcomes).toEqual(['ANNUAL_CLOSED', 'ANNUAL_CLOSED']);
    expect([(await state('emp-ani.2026')).months, (await state('emp-ani.2026.2')).months]).toEqual([6, 6]);
    expect(await types('emp-ani.2026.3')).toEqual([]);
  });

  it('a second transfer in the year splits the segment covering its TMT', async () => {
    await reactTo(skpSegmentReaction(segments), [transferred('2026-04-01'), transferred('2026-10-01', { unitId: 'kota-medan.aptika', positionId: 'kota-medan.aptika.pengelola' })]);
    expect([(await state('emp-ani.2026')).months, (await state('emp-ani.2026.2')).months, (await state('emp-ani.2026.3')).months]).toEqual([3, 6, 3]);
    expect((await state('emp-ani.2026.2')).nextSkpId).toBe('emp-ani.2026.3');
    expect(await (segments as unknown as { skps: SkpCommands }).skps.segmentsOf('emp-ani', 2026).then((s) => s.map((x) => x.skpId))).toEqual(['emp-ani.2026', 'emp-ani.2026.2', 'emp-ani.2026.3']);
  });

  it('an annulled transfer withdraws the still-empty new segment and reopens the old one; other annulments do nothing', async () => {
    const event = transferred('2026-07-01');
    const annulment = (annulledType: string, eventId: string) =>
      recorded('personnel.CareerActionAnnulled', { employeeId: 'emp-ani', annulled: { eventId, type: annulledType, revision: 3, position: 9, ordinal: 1 }, reason: 'SK mutasi dibatalkan', legalBasis: { skNumber: 'SK/BATAL/1', skDate: '2026-07-10' }, effect: { kind: 'TRANSFER' } });
    const run = await reactTo(skpSegmentReaction(segments), [event, annulment('personnel.EmployeePromoted', event.eventId), annulment('personnel.EmployeeTransferred', 'ev-unknown')]);
    expect(await types('emp-ani.2026.2')).toEqual(['performance.SkpSegmentOpened']);
    const annulled = annulment('personnel.EmployeeTransferred', event.eventId);
    await reactTo(skpSegmentReaction(segments), [annulled, annulled], run.store);
    expect(await types('emp-ani.2026.2')).toEqual(['performance.SkpSegmentOpened', 'performance.SkpSegmentWithdrawn']);
    expect(await state('emp-ani.2026')).toMatchObject({ periodEnd: '2026-12-31', months: 12, nextSkpId: null });
    expect(await run.collection(SKP_SEGMENT_TRANSFERS).findById(event.eventId)).toMatchObject({ annulment: 'WITHDRAWN' });
    // A new transfer afterwards takes the next free id (the withdrawn one keeps its own).
    await reactTo(skpSegmentReaction(segments), [transferred('2026-09-01')], run.store);
    expect((await state('emp-ani.2026')).nextSkpId).toBe('emp-ani.2026.3');
  });

  it('an annulment keeps a segment the employee already planned in', async () => {
    const event = transferred('2026-07-01');
    const run = await reactTo(skpSegmentReaction(segments), [event]);
    await executor.execute(skpDecider, skpStream('emp-ani.2026.2'), { ...draftCommand, skpId: 'emp-ani.2026.2', superior: null, content: { ...content, rhk: [{ ...content.rhk[0], intervensi: [] }] } }, ctx());
    const annulled = recorded('personnel.CareerActionAnnulled', { employeeId: 'emp-ani', annulled: { eventId: event.eventId, type: 'personnel.EmployeeTransferred', revision: 3, position: 9, ordinal: 1 }, reason: 'Batal', legalBasis: { skNumber: 'SK/BATAL/1', skDate: '2026-07-10' } });
    await reactTo(skpSegmentReaction(segments), [annulled], run.store);
    expect(await types('emp-ani.2026.2')).toContain('performance.SkpRevised');
    expect(await types('emp-ani.2026.2')).not.toContain('performance.SkpSegmentWithdrawn');
    expect((await state('emp-ani.2026')).nextSkpId).toBe('emp-ani.2026.2');
    expect(await run.collection(SKP_SEGMENT_TRANSFERS).findById(event.eventId)).toMatchObject({ annulment: 'KEPT_PLANNED' });
  });

  it('a transfer recorded before the first SKP (an SK issued in advance) splits that SKP when it is drafted, once', async () => {
    store.close();
    store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'akt-segments-')), 'events.db'));
    executor = new CommandExecutor(store, 10);
    const skps = new SkpCommands(executor, {} as EmployeeDirectory, appraisers, organisation);
    segments = new SkpSegments(executor, skps, organisation, { collection: (name: string) => records.collection(name) } as unknown as ReadModels);
    const event = transferred('2026-07-01');
    const run = await reactTo(skpSegmentReaction(segments), [event]);
    expect(await run.collection(SKP_SEGMENT_TRANSFERS).findById(event.eventId)).toMatchObject({ outcome: 'NO_SKP', positionId: 'kota-medan.dukcapil.analis', effectiveDate: '2026-07-01', skNumber: 'SK/MUTASI/7' });
    records = run;
    await executor.execute(skpDecider, skpStream('emp-ani.2026'), { ...draftCommand, derived: derivedKabid, content }, ctx());
    const context = (transferEventId: string, key: string) => ({ ...ctx(), commandId: `draft-1:${transferEventId}:${key}` });
    await segments.catchUp('emp-ani', 2026, '2026-01-05', context);
    await segments.catchUp('emp-ani', 2026, '2026-01-05', context);
    expect(await types('emp-ani.2026')).toEqual(['performance.SkpDrafted', 'performance.SkpSegmentClosed']);
    expect(await state('emp-ani.2026.2')).toMatchObject({ periodStart: '2026-07-01', unitId: 'kota-medan.dukcapil', pejabatPenilai: { employeeId: 'emp-kabid-dukcapil' } });
    // A transfer whose TMT came before the SKP date is not caught up: the SKP is drafted for the post held then.
    expect(await segments.catchUp('emp-ani', 2026, '2026-07-02', context)).toBe(0);
    // The annulment finds the split the draft made.
    const annulled = recorded('personnel.CareerActionAnnulled', { employeeId: 'emp-ani', annulled: { eventId: event.eventId, type: 'personnel.EmployeeTransferred', revision: 3, position: 9, ordinal: 1 }, reason: 'Batal', legalBasis: { skNumber: 'SK/BATAL/1', skDate: '2026-07-10' } });
    await reactTo(skpSegmentReaction(segments), [annulled], run.store);
    expect(await types('emp-ani.2026.2')).toEqual(['performance.SkpSegmentOpened', 'performance.SkpSegmentWithdrawn']);
  });

  it('when the reaction and a draft catching up race, the second finds the first one’s split and adds nothing', async () => {
    const event = transferred('2026-07-01');
    const stale = await skps.segmentsOf('emp-ani', 2026);
    await segments.split(event, (key) => ({ ...ctx(), commandId: `draft-1:${key}` }));
    const fresh = skps.segmentsOf.bind(skps);
    let first = true;
    skps.segmentsOf = async (employeeId: string, year: number) => (first ? ((first = false), stale) : fresh(employeeId, year));
    const outcome = await segments.split(event, (key) => ({ ...ctx(), commandId: `reaction-1:${key}` }));
    expect(outcome).toMatchObject({ outcome: 'SPLIT', closedSkpId: 'emp-ani.2026', openedSkpId: 'emp-ani.2026.2' });
    expect(await types('emp-ani.2026')).toEqual(['performance.SkpDrafted', 'performance.SkpSegmentClosed']);
    expect(await types('emp-ani.2026.2')).toEqual(['performance.SkpSegmentOpened']);
  });
});
