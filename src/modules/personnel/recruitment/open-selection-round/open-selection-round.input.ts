import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { NameText } from '@infrastructure/graphql/text-rules';
import { IsEntityId } from '@modules/shared/input-rules';

@InputType({ description: 'Opens a CPNS selection round of an instansi, with the SKD reference data it will use.' })
export class OpenSelectionRoundInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional; derived from the command when absent.' })
  @IsOptional()
  @IsEntityId()
  roundId?: string;

  @Field(() => ID, { description: 'Instansi (e.g. kota-medan) whose BKD runs the round.' })
  @IsEntityId()
  instansiId: string;

  @Field(() => Int, { description: 'Formation year (tahun formasi).' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field()
  @NameText()
  @IsString()
  @Length(3, 200)
  name: string;

  @Field({ description: 'SKD reference id, e.g. SKD-2024 (see skdReferences).' })
  @IsEntityId()
  skdReferenceId: string;
}
