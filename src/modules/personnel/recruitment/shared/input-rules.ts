import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsString, Length, Matches } from 'class-validator';
import { CommandInput } from '../../../../infrastructure/graphql/command-input';

/** Ids chosen by clients (rounds, formasi, units…): letters, digits and `. _ : -`, up to 100 characters. */
export const IsEntityId = () =>
  applyDecorators(
    IsString(),
    Length(1, 100),
    Matches(/^[A-Za-z0-9][\w.:-]*$/, { message: '$property may contain letters, digits and . _ : - only (starting with a letter or digit)' }),
  );

/** A civil date `YYYY-MM-DD` that exists in the calendar. */
export const IsCivilDate = () =>
  applyDecorators(Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' }), IsISO8601({ strict: true }, { message: '$property must be a real date' }));

/** Every command on an existing round names it. */
@InputType({ isAbstract: true })
export abstract class RoundCommandInput extends CommandInput {
  @Field(() => ID)
  @IsEntityId()
  roundId: string;
}
