import { InputType } from '@nestjs/graphql';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { NameField, UnitIdField } from '../organisation.input-fields';

@InputType()
export class RenameOrgUnitInput extends CommandInput {
  @UnitIdField()
  unitId: string;

  @NameField('The new name; the same name writes nothing.')
  name: string;
}
