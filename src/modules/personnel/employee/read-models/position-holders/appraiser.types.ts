import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JenisJabatan } from '@modules/organisation';
import { ActingKind } from '../../domain';
import { AppraiserKind } from '../../shared/employee.enums';

@ObjectType('Appraiser', { description: 'A pejabat penilai or atasan pejabat penilai, resolved from the organisation tree (DOMAIN §1.2).' })
export class Appraiser {
  @Field(() => AppraiserKind) kind: AppraiserKind;
  @Field(() => ID, { nullable: true, description: 'The employee filling the position that day; null when vacant.' }) employeeId: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => ID, { nullable: true }) positionId: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => JenisJabatan, { nullable: true }) jenisJabatan: JenisJabatan | null;
  @Field(() => ActingKind, { nullable: true, description: 'Set when a Plt/Plh fills the position that day.' }) acting: ActingKind | null;
  @Field({ description: 'True when no head of the level the table names exists above, and the next higher one stands in.' }) substitute: boolean;
  @Field(() => String, { nullable: true, description: 'Kepala daerah title (Wali Kota, Bupati, Gubernur).' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'Why nobody was found: POSITION_NOT_FOUND, POSITION_ABOLISHED or NO_SUPERIOR.' }) unresolved: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
}

@ObjectType('EmployeeAppraisers', { description: 'Who appraises the employee on a day (Plt/Plh included), for e-Kinerja and KP.' })
export class EmployeeAppraisers {
  @Field({ description: 'The day resolved (YYYY-MM-DD).' }) onDate: string;
  @Field(() => Appraiser) pejabatPenilai: Appraiser;
  @Field(() => Appraiser) atasanPejabatPenilai: Appraiser;
}
