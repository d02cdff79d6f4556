import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { InstansiKind } from '../domain/organisation.vocabulary';
import { InstansiIdField, NameField } from '../organisation.input-fields';
import '../read-models/organisation.enums';

@InputType()
export class RegisterInstansiInput extends CommandInput {
  @InstansiIdField('Slug chosen now and never changed, e.g. kota-medan.')
  instansiId: string;

  @NameField('Official name, e.g. Pemerintah Kota Medan.')
  name: string;

  @Field(() => InstansiKind)
  @IsEnum(InstansiKind)
  kind: InstansiKind;

  @NameField('How the kepala daerah is addressed: Wali Kota, Bupati, Gubernur.', 2, 60)
  kepalaDaerahTitle: string;
}
