import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { UnitKind } from '../domain/organisation.vocabulary';
import { CodeField, InstansiIdField, NameField, ParentUnitIdField } from '../organisation.input-fields';
import '../read-models/organisation.enums';

@InputType()
export class CreateOrgUnitInput extends CommandInput {
  @InstansiIdField()
  instansiId: string;

  @ParentUnitIdField('Parent unit in the same instansi; null or absent for a top-level OPD or kecamatan.')
  parentUnitId?: string | null;

  @CodeField('Unique in the instansi, e.g. DINKES; the unit id becomes `<instansiId>.<code lower-case>`.')
  code: string;

  @NameField('e.g. Dinas Kesehatan.')
  name: string;

  @Field(() => UnitKind)
  @IsEnum(UnitKind)
  kind: UnitKind;
}
