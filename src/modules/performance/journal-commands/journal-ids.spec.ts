import { journalStream } from '../journal/journal.events';
import { activityIdOf, journalKeyOfActivity } from './journal-commands';

describe('journal streams and activity ids', () => {
  it('an entry lives in the stream of its SKP and working day, named by the day its id starts with', () => {
    const id = activityIdOf('2026-03-16', 'command-1');
    expect(id).toMatch(/^2026-03-16:[0-9a-f-]{36}$/);
    expect(activityIdOf('2026-03-16', 'command-1')).toBe(id);
    expect(activityIdOf('2026-03-17', 'command-1')).not.toBe(id);
    expect(journalKeyOfActivity(id)).toBe('2026-03-16');
    expect(journalStream('emp-ani.2026', journalKeyOfActivity(id)!)).toBe('performance-journal-emp-ani.2026-2026-03-16');
  });

  it('an id from when the journal was monthly still names its month stream; anything else names none', () => {
    expect(journalKeyOfActivity('2026-03:5b1f0c9e-1a2b-5c3d-8e4f-0a1b2c3d4e5f')).toBe('2026-03');
    expect(journalStream('emp-ani.2026', '2026-03')).toBe('performance-journal-emp-ani.2026-2026-03');
    for (const bad of ['nope', '2026:x', '2026-3-16:x', '']) expect(journalKeyOfActivity(bad)).toBeNull();
  });
});
