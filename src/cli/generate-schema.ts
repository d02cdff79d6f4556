import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaText } from './schema-text';

/** `npm run schema`: regenerates the committed schema.gql from the code-first types. */
buildSchemaText()
  .then((text) => {
    writeFileSync(join(process.cwd(), 'schema.gql'), text);
    console.log('schema.gql written');
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
