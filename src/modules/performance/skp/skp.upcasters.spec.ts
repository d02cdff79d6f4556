import { eventRegistry } from '@kernel/event-registry';
import { recorded } from '@infrastructure/projections/testing/projection-spec';
import './skp.events';
import { drafted } from './testing/skp.fixtures';

describe('SKP event upcasters', () => {
  it('lifts a v1 SkpDrafted/SkpRevised (RHK without unit-target links) to v2 with none', () => {
    const v1Rhk = drafted.data.rhk.map(({ unitTargetIds: _u, ...r }) => r);
    for (const type of ['performance.SkpDrafted', 'performance.SkpRevised']) {
      const upcast = eventRegistry.upcast(recorded(type, { ...drafted.data, rhk: v1Rhk }, { schemaVersion: 1 }));
      expect(upcast.data.rhk).toEqual(drafted.data.rhk.map((r) => ({ ...r, unitTargetIds: [] })));
    }
  });

  it('lifts a v1/v2 SkpDrafted (before segments) to v3 covering the whole year, 12 months', () => {
    const { periodStart: _s, periodEnd: _e, months: _m, ...v2 } = drafted.data;
    for (const schemaVersion of [1, 2]) {
      const upcast = eventRegistry.upcast(recorded('performance.SkpDrafted', v2, { schemaVersion }));
      expect(upcast.data).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-12-31', months: 12 });
    }
  });
});
