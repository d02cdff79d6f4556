import { causedBy } from '@kernel/command-context';
import { DomainRuleViolation, ServiceUnavailableError } from '@kernel/errors';
import { reactTo, recorded } from '../../projections/testing/projection-spec';
import { DEADLINE_DISPATCH_REACTION, deadlineDispatchReaction } from './deadline-dispatch.reaction';
import { DeadlineFired } from './deadline.events';
import { DEADLINE_DISPATCHES } from './deadline.schema';
import { DeadlineDispatch, DeadlineTargets } from './deadline-targets';

function firedEvent(type = 'test.Remind') {
  const data: DeadlineFired['data'] = { deadlineId: 'd1', dueAt: '2026-03-26T17:00:00.000Z', firedAt: '2026-03-26T17:00:05.000Z', target: { type, payload: { caseId: 'k1' } }, scheduledBy: 'admin-1' };
  return recorded('scheduling.DeadlineFired', data);
}

describe('deadline dispatch reaction', () => {
  it('dispatches the target with a command id derived from the fired event, on behalf of whoever scheduled', async () => {
    const targets = new DeadlineTargets();
    const sent: DeadlineDispatch[] = [];
    targets.register('test.Remind', async (dispatch) => sent.push(dispatch));
    const event = firedEvent();
    const store = await reactTo(deadlineDispatchReaction(targets), [event]);
    expect(sent).toEqual([{ deadlineId: 'd1', payload: { caseId: 'k1' }, context: causedBy(event, { id: 'system:scheduler', roles: [], onBehalfOf: 'admin-1' }, DEADLINE_DISPATCH_REACTION) }]);
    expect(await store.collection(DEADLINE_DISPATCHES).findById('d1')).toMatchObject({ status: 'DISPATCHED', error: null });
  });

  it('records a refused or unknown target as FAILED and moves on; an unavailable store is retried', async () => {
    const targets = new DeadlineTargets();
    targets.register('test.Refused', async () => {
      throw new DomainRuleViolation('TEST.CLOSED', 'sudah ditutup');
    });
    targets.register('test.Down', async () => {
      throw new ServiceUnavailableError('event store down');
    });
    const refused = await reactTo(deadlineDispatchReaction(targets), [firedEvent('test.Refused')]);
    expect(await refused.collection(DEADLINE_DISPATCHES).findById('d1')).toMatchObject({ status: 'FAILED', error: 'sudah ditutup' });
    const unknown = await reactTo(deadlineDispatchReaction(targets), [firedEvent('test.Gone')]);
    expect(await unknown.collection(DEADLINE_DISPATCHES).findById('d1')).toMatchObject({ status: 'FAILED', error: 'no deadline target test.Gone is registered' });
    await expect(reactTo(deadlineDispatchReaction(targets), [firedEvent('test.Down')])).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
