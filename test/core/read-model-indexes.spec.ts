import mongoose from 'mongoose';
import { CollectionDefinition } from '@infrastructure/document-store/document-store.port';
import { EmbeddedCollection, describeSchema } from '@infrastructure/document-store/embedded/embedded-collection';
import { MongoDocumentStore } from '@infrastructure/document-store/mongo/mongo-document-store';
import { EMPLOYEES, EmployeeSchema } from '@modules/personnel/employee/read-models/employees/employee.schema';
import { POSITION_HOLDERS, PositionHolderSchema } from '@modules/personnel/employee/read-models/position-holders/position-holder.schema';
import { ORG_UNITS, OrgUnitSchema } from '@modules/organisation/read-models/org-units/org-unit.schema';
import { SELECTION_APPLICANTS, SelectionApplicantSchema } from '@modules/personnel/recruitment/read-models/selection-applicants/selection-applicant.schema';
import { SELECTION_ROUNDS, SelectionRoundSchema } from '@modules/personnel/recruitment/read-models/selection-rounds/selection-round.schema';

// The read models' index declarations are the one source for both adapters: the embedded store
// builds ordered indexes from them, the MongoDB adapter sends them to createIndex before the first
// write. No MongoDB server runs here, so the driver's createIndex is captured instead of sent.

const definitions: CollectionDefinition[] = [
  { name: EMPLOYEES, schema: EmployeeSchema },
  { name: ORG_UNITS, schema: OrgUnitSchema },
  { name: POSITION_HOLDERS, schema: PositionHolderSchema },
  { name: SELECTION_APPLICANTS, schema: SelectionApplicantSchema },
  { name: SELECTION_ROUNDS, schema: SelectionRoundSchema },
];

async function indexesMongoCreates(): Promise<Record<string, { keys: [string, number][]; unique: boolean }[]>> {
  const connection = mongoose.createConnection();
  const store = new MongoDocumentStore(connection, 'nowhere:27017');
  const created: Record<string, { keys: [string, number][]; unique: boolean }[]> = {};
  for (const definition of definitions) {
    store.define(definition);
    created[definition.name] = [];
    jest.spyOn(connection.models[definition.name].collection, 'createIndex').mockImplementation((async (fields: Record<string, number>, options: { unique?: boolean }) => {
      created[definition.name].push({ keys: Object.entries(fields), unique: Boolean(options?.unique) });
      return 'created';
    }) as any);
  }
  jest.spyOn(connection, 'transaction').mockImplementation((async (work: (session: unknown) => Promise<unknown>) => work({})) as any);
  await store.transaction(async () => undefined);
  return created;
}

describe('read-model indexes (one declaration, both adapters)', () => {
  it('the MongoDB adapter creates exactly the indexes the embedded store plans with', async () => {
    const created = await indexesMongoCreates();
    for (const { name, schema } of definitions) {
      const embedded = describeSchema(schema).indexes.map((index) => ({ keys: index.fields.map((f, i) => [f, index.directions[i]]), unique: index.unique }));
      expect({ name, indexes: created[name] }).toEqual({ name, indexes: embedded });
    }
  });

  it('declares the compound indexes the personnel pages walk (equality fields, then the sort, then _id)', async () => {
    const created = await indexesMongoCreates();
    const keys = (name: string) => created[name].map((index) => index.keys.map(([f, d]) => `${f}:${d}`).join(','));
    expect(keys(EMPLOYEES)).toEqual(expect.arrayContaining(['sortName:1,_id:1', 'instansiId:1,sortName:1,_id:1', 'instansiId:1,status:1,sortName:1,_id:1', 'unitId:1,sortName:1,_id:1']));
    expect(keys(SELECTION_APPLICANTS)).toEqual(expect.arrayContaining(['roundId:1,registrationOrder:1,_id:1', 'roundId:1,formasiId:1,registrationOrder:1,_id:1']));
    expect(keys(SELECTION_ROUNDS)).toEqual(expect.arrayContaining(['openedAt:1,_id:1', 'instansiId:1,openedAt:1,_id:1']));
    expect(keys(ORG_UNITS)).toEqual(expect.arrayContaining(['instansiId:1,_id:1', 'parentUnitId:1,_id:1']));
  });

  it('the embedded store keeps every plain declared index as an ordered index (plus _id)', () => {
    const collection = new EmbeddedCollection(EMPLOYEES);
    collection.configure(EmployeeSchema);
    const names = collection.indexes.map((index) => index.name);
    expect(names).toEqual(['_id_', ...describeSchema(EmployeeSchema).indexes.map((index) => index.name)]);
  });
});
