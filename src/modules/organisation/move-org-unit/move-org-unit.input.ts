import { InputType } from '@nestjs/graphql';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { ParentUnitIdField, UnitIdField } from '../organisation.input-fields';

@InputType()
export class MoveOrgUnitInput extends CommandInput {
  @UnitIdField('The unit to move, with its whole subtree.')
  unitId: string;

  @ParentUnitIdField('New parent in the same instansi; null or absent makes it top level (OPD and kecamatan only).')
  parentUnitId?: string | null;
}
