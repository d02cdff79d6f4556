import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaText } from '../../src/cli/schema-text';

describe('schema.gql', () => {
  it('is committed and matches the code-first schema (run `npm run schema` after changing types)', async () => {
    const committed = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');
    expect(committed).toBe(await buildSchemaText());
  });
});
