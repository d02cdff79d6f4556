import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventCatalogue } from '../../src/cli/event-catalogue';

describe('docs/events.md', () => {
  it('lists every registered event type (run `npm run docs:events` after adding one)', () => {
    expect(readFileSync(join(__dirname, '../../docs/events.md'), 'utf8')).toBe(eventCatalogue());
  });
});
