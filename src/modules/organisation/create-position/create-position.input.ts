import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { JenisJabatan } from '../domain/organisation.vocabulary';
import { CodeField, NameField, UnitIdField } from '../organisation.input-fields';
import '../read-models/organisation.enums';

@InputType()
export class CreatePositionInput extends CommandInput {
  @UnitIdField('The unit the position belongs to.')
  unitId: string;

  @CodeField('Unique in the unit, e.g. KADIS; the position id becomes `<unitId>.<code lower-case>`.')
  code: string;

  @NameField('e.g. Kepala Dinas Kesehatan, Perawat Ahli Muda.')
  name: string;

  @Field(() => JenisJabatan)
  @IsEnum(JenisJabatan)
  jenisJabatan: JenisJabatan;

  @Field({ defaultValue: false, description: 'The structural head of the unit (at most one active per unit).' })
  @IsBoolean()
  isUnitHead: boolean = false;

  @Field(() => Int, { nullable: true, description: 'Kelas jabatan, 1–17.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(17)
  kelasJabatan?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Formation of a functional or pelaksana post (how many definitive holders, from the ABK); structural posts and unit heads always take 1. Can be recorded later with setPositionCapacity.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;
}
