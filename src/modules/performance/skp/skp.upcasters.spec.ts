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
});
