import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CareerSource, EmployeeStatus } from '../domain';
import '../shared/employee.enums';

registerEnumType(CareerSource, { name: 'CareerSource', description: 'Where a career entry comes from: RIWAYAT (taken over by an import), REGISTRATION, PROMOTION, TRANSFER.' });

@ObjectType('CareerGolongan', { description: 'A golongan held from its TMT (valid time) until the day before the next one.' })
export class CareerGolongan {
  @Field() golongan: string;
  @Field({ description: 'From (TMT, YYYY-MM-DD).' }) since: string;
  @Field(() => String, { nullable: true, description: 'Last day (inclusive); null while current.' }) until: string | null;
  @Field(() => CareerSource) source: CareerSource;
}

@ObjectType('CareerPosition', { description: 'A definitive post held from its TMT until the day before the next one.' })
export class CareerPosition {
  @Field(() => ID) unitId: string;
  @Field(() => String, { nullable: true, description: 'As the organisation tree names it now; null when the unit is not in the tree.' }) unitName: string | null;
  @Field(() => ID) positionId: string;
  @Field(() => String, { nullable: true }) positionName: string | null;
  @Field() since: string;
  @Field(() => String, { nullable: true }) until: string | null;
  @Field(() => CareerSource) source: CareerSource;
}

@ObjectType('CareerEducation')
export class CareerEducation {
  @Field() education: string;
  @Field() graduatedOn: string;
}

@ObjectType('EmployeeAsOf', { description: 'The record as it stood on a date by valid time (TMT): null fields are not known for that date.' })
export class EmployeeAsOf {
  @Field() date: string;
  @Field({ description: 'False before the TMT of the employment or from the end of it.' }) employed: boolean;
  @Field(() => EmployeeStatus, { nullable: true }) status: EmployeeStatus | null;
  @Field(() => String, { nullable: true }) golongan: string | null;
  @Field(() => String, { nullable: true, description: 'TMT of that golongan.' }) golonganSince: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field(() => ID, { nullable: true }) positionId: string | null;
  @Field(() => String, { nullable: true }) positionName: string | null;
  @Field(() => String, { nullable: true, description: 'TMT of that post.' }) positionSince: string | null;
  @Field(() => String, { nullable: true }) education: string | null;
}

@ObjectType('EmployeeCareer', { description: 'Riwayat golongan, jabatan and pendidikan by valid time (TMT), from the stream itself; with asOf, the record on that date.' })
export class EmployeeCareer {
  @Field(() => ID) employeeId: string;
  @Field(() => EmployeeAsOf, { nullable: true, description: 'Set when the query names asOf.' }) asOf: EmployeeAsOf | null;
  @Field(() => [CareerGolongan]) golongan: CareerGolongan[];
  @Field(() => [CareerPosition]) positions: CareerPosition[];
  @Field(() => [CareerEducation]) education: CareerEducation[];
}
