import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PANEL_ROLES, PanelRole } from '../recruitment.vocabulary';
import { PanelRoleEnum } from '../read-models/recruitment.enums';
import { NameText } from '@infrastructure/graphql/text-rules';
import { IsEntityId } from '@modules/shared/input-rules';
import { RoundCommandInput } from '../shared/round-command-input';

@InputType({ description: 'Appoints a member of the panitia seleksi (selection panel).' })
export class AppointPanelMemberInput extends RoundCommandInput {
  @Field(() => ID, { nullable: true, description: 'Optional; derived from the command when absent.' })
  @IsOptional()
  @IsEntityId()
  memberId?: string;

  @Field(() => ID, { nullable: true, description: 'The member’s employee record, when the member is an ASN here.' })
  @IsOptional()
  @IsEntityId()
  employeeId?: string;

  @Field()
  @NameText()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => PanelRoleEnum)
  @IsIn(PANEL_ROLES)
  role: PanelRole;
}
