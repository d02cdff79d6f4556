import { RevisionField } from '@infrastructure/projections/revision-field';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { JenisJabatan } from '@modules/organisation';
import { Education, EmployeeStatus, EmploymentType, IdentifierType, SatyalancanaClass, Sex } from '../../domain';
import {
  AwardNomination,
  AwardNominationSchema,
  EmployeeActingAssignment,
  EmployeeAnnulment,
  EmployeeAnnulmentSchema,
  EmployeeActingAssignmentSchema,
  EmployeeContacts,
  EmployeeContactsSchema,
  EmployeeDisciplinaryAction,
  EmployeeDisciplinaryActionSchema,
  EmployeeRetirement,
  EmployeeRetirementSchema,
  NipWarning,
  NipWarningSchema,
} from './employee-parts.schema';

/** Logical collection and projection name of the employee records read model. */
export const EMPLOYEES = 'employees';

/**
 * One employee's personnel record, as the `employees` projection keeps it. Fields without @Prop are
 * not stored: the names of the unit and position are looked up in the organisation tree when the
 * record is read, so a renamed or moved unit shows at once without re-projecting employees.
 */
@ObjectType('Employee', { description: 'An ASN (PNS or PPPK) personnel record. Never public.' })
@Schema({ versionKey: false })
export class Employee {
  @Field(() => ID, { name: 'id' }) @Prop({ type: String }) _id: string;
  @Field(() => EmploymentType) @Prop({ type: String, required: true }) employmentType: EmploymentType;
  @Field(() => IdentifierType) @Prop({ type: String, required: true }) identifierType: IdentifierType;

  @Field({ description: 'NIP (PNS) or NI PPPK: 18 digits without spaces. Not a secret, but never shown publicly.' })
  @Prop({ type: String, required: true, unique: true })
  identifier: string;

  @Field(() => [String], { description: 'NI PPPK held before a reassignment (a new contract with another instansi), oldest first. Still found by employeeByNip; never reused.' })
  @Prop({ type: [String], default: [], index: true })
  previousIdentifiers: string[];

  @Field(() => [String], {
    description:
      'Identifiers an SK ralat replaced (a wrong NIP, the identifier of a wrong employment type), oldest first: tombstones, never reissued. Shown to AUDITOR and ADMIN_BKD of the instansi (empty for others); employeeByNip finds the record by them for those roles.',
  })
  @Prop({ type: [String], default: [], index: true })
  correctedIdentifiers: string[];

  @Field() @Prop({ type: String, required: true }) name: string;
  /** The name as people are filed (sortableName: titles dropped); the order of `employees`. Internal. */
  @Prop({ type: String, required: true }) sortName: string;
  /** Internal sort keys of the GOLONGAN and TMT orders (employee-sort-keys.ts). */
  @Prop({ type: String, required: true }) golonganSort: string;
  @Prop({ type: String, required: true }) tmtSort: string;

  @Field(() => String, { nullable: true, description: 'Personal data: null unless you are AUDITOR, ADMIN_BKD of the instansi or the employee.' })
  @Prop({ type: String, required: true })
  birthDate: string | null;

  @Field(() => Sex) @Prop({ type: String, required: true }) sex: Sex;

  @Field(() => EmployeeContacts, { nullable: true, description: 'Personal data: null unless you are AUDITOR, ADMIN_BKD of the instansi or the employee.' })
  @Prop({ type: EmployeeContactsSchema, required: true })
  contacts: EmployeeContacts | null;

  @Field({ description: 'Employment start: TMT CPNS for PNS, first appointment for PPPK.' }) @Prop({ type: String, required: true }) tmt: string;
  @Field({ description: 'Golongan: I_A … IV_E (PNS) or I … XVII (PPPK).' }) @Prop({ type: String, required: true, index: true }) golongan: string;
  @Field({ description: 'TMT of the current golongan.' }) @Prop({ type: String, required: true }) golonganTmt: string;
  @Field({ description: 'As printed on an SK: "III/a" (PNS) or "IX" (PPPK).' }) @Prop({ type: String, required: true }) golonganLabel: string;
  @Field(() => String, { nullable: true, description: 'Pangkat (rank title) of a PNS golongan, e.g. "Penata Muda"; null for PPPK.' })
  @Prop({ type: String, default: null })
  pangkat: string | null;

  @Field(() => Education) @Prop({ type: String, required: true }) education: Education;
  @Field(() => ID) @Prop({ type: String, required: true }) unitId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) instansiId: string;
  @Field(() => ID) @Prop({ type: String, required: true }) positionId: string;
  @Field(() => EmployeeStatus) @Prop({ type: String, required: true, index: true }) status: EmployeeStatus;

  @Field(() => [EmployeeActingAssignment], { description: 'Plt/Plh terms, ended ones included.' })
  @Prop({ type: [EmployeeActingAssignmentSchema], default: [] })
  actingAssignments: EmployeeActingAssignment[];

  @Field(() => [EmployeeDisciplinaryAction], { description: 'Hukuman disiplin in the service record.' })
  @Prop({ type: [EmployeeDisciplinaryActionSchema], default: [] })
  disciplinaryActions: EmployeeDisciplinaryAction[];

  @Field(() => [AwardNomination]) @Prop({ type: [AwardNominationSchema], default: [] }) nominations: AwardNomination[];
  @Field(() => [SatyalancanaClass], { description: 'Satyalancana Karya Satya classes conferred.' }) @Prop({ type: [String], default: [] }) awards: SatyalancanaClass[];

  @Field(() => [NipWarning], { description: 'Where the NIP/NI PPPK disagrees with the record; empty when consistent.' })
  @Prop({ type: [NipWarningSchema], default: [] })
  nipWarnings: NipWarning[];

  @Field(() => [EmployeeAnnulment], { description: 'Career actions annulled (pembatalan), oldest first; their effect is gone from this record.' })
  @Prop({ type: [EmployeeAnnulmentSchema], default: [] })
  annulments: EmployeeAnnulment[];

  @Field(() => EmployeeRetirement, { nullable: true }) @Prop({ type: EmployeeRetirementSchema, default: null }) retirement: EmployeeRetirement | null;
  @Field() @Prop({ type: String, required: true }) registeredAt: string;
  @Field({ description: 'When the record last changed (recordedAt of its latest event).' }) @Prop({ type: String, required: true }) updatedAt: string;
  @RevisionField() revision: number;

  @Field(() => String, { nullable: true, description: 'Name of the unit kerja, from the organisation tree.' }) unitName?: string | null;
  @Field(() => [String], { description: 'Unit names from the top-level unit down (a breadcrumb).' }) unitPath?: string[];
  @Field(() => String, { nullable: true, description: 'Name of the jabatan, from the organisation tree.' }) positionName?: string | null;
  @Field(() => JenisJabatan, { nullable: true }) jenisJabatan?: JenisJabatan | null;
}

export const EmployeeSchema = SchemaFactory.createForClass(Employee);
// `employees` pages in (sortName, _id) order: these let a page walk an index (equality fields first, then
// the sort, as MongoDB's ESR rule has it) and count its filter from the index alone.
EmployeeSchema.index({ sortName: 1, _id: 1 });
EmployeeSchema.index({ instansiId: 1, sortName: 1, _id: 1 });
EmployeeSchema.index({ instansiId: 1, status: 1, sortName: 1, _id: 1 });
EmployeeSchema.index({ unitId: 1, sortName: 1, _id: 1 });
// The other orders of `employees` (orderBy): NIP pages on the unique identifier index.
EmployeeSchema.index({ golonganSort: 1, _id: 1 });
EmployeeSchema.index({ instansiId: 1, golonganSort: 1, _id: 1 });
EmployeeSchema.index({ tmtSort: 1, _id: 1 });
EmployeeSchema.index({ instansiId: 1, tmtSort: 1, _id: 1 });
