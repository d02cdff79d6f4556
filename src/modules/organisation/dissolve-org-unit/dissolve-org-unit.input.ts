import { InputType } from '@nestjs/graphql';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { UnitIdField } from '../organisation.input-fields';

@InputType()
export class DissolveOrgUnitInput extends CommandInput {
  @UnitIdField('A unit without active sub-units or positions.')
  unitId: string;
}
