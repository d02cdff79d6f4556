import { CommandContext } from '../../../../kernel/command-handling';
import { AppointPanelMemberInput } from './appoint-panel-member.input';

export class AppointPanelMemberCommand {
  constructor(
    readonly input: AppointPanelMemberInput,
    readonly context: CommandContext,
  ) {}
}
