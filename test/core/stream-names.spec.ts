import { uploadStreamId } from '@infrastructure/attachments/attachment-upload.decider';
import { CHECKPOINT_STREAM } from '@infrastructure/event-store/checkpoint';
import { notificationStreamId } from '@infrastructure/notifications/notification.decider';
import { deadlineStream } from '@infrastructure/scheduling/deadlines/deadline.events';
import { idempotencyKeyClaim } from '@kernel/idempotency';
import { organisationStream } from '@modules/organisation';
import { employeeStreamId, identifierStreamId } from '@modules/personnel/employee/domain';
import { selectionRoundStream } from '@modules/personnel/recruitment/domain/selection-round.events';

/**
 * One naming scheme for streams, `<module>-<aggregate>-<id>`: KurrentDB derives a stream's category
 * from its first segment, so every stream of a module lands in that module's category, and the
 * aggregate comes next so a reader can tell the streams of one module apart.
 */
describe('stream names', () => {
  const ID = 'x1';
  const streams: [string, string, string][] = [
    [organisationStream(ID), 'organisation', 'instansi'],
    [employeeStreamId(ID), 'personnel', 'employee'],
    [identifierStreamId(ID), 'personnel', 'identifier'],
    [selectionRoundStream(ID), 'personnel', 'selection-round'],
    [deadlineStream(ID), 'scheduling', 'deadline'],
    [notificationStreamId(ID), 'notifications', 'message'],
    [uploadStreamId(ID as never), 'attachments', 'upload'],
    [idempotencyKeyClaim(ID).streamId, 'kernel', 'idempotency'],
  ];

  it.each(streams)('%s is <module>-<aggregate>-<id>', (stream, module, aggregate) => {
    expect(stream).toBe(`${module}-${aggregate}-${ID}`);
  });

  it('the checkpoint log is the audit module\'s one checkpoint stream', () => {
    expect(CHECKPOINT_STREAM).toBe('audit-checkpoint-log');
  });
});
