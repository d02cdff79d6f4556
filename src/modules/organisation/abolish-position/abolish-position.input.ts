import { InputType } from '@nestjs/graphql';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { PositionIdField } from '../organisation.input-fields';

@InputType()
export class AbolishPositionInput extends CommandInput {
  @PositionIdField()
  positionId: string;
}
