import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { LegalBasisField, LegalBasisInput } from '@modules/shared/legal-basis.input';
import { PositionIdField } from '../organisation.input-fields';

@InputType({ description: 'The formation (kebutuhan jabatan, from the analisis jabatan / ABK) of a functional or pelaksana post.' })
export class SetPositionCapacityInput extends CommandInput {
  @PositionIdField()
  positionId: string;

  @Field(() => Int, { description: 'How many definitive holders the post takes, 1–100,000; never below those it has today.' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity: number;

  @LegalBasisField()
  legalBasis: LegalBasisInput;
}
