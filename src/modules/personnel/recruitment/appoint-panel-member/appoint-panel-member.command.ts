import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { AppointPanelMemberInput } from './appoint-panel-member.input';
import { SelectionRoundResult } from '../shared/selection-round-commands';

export class AppointPanelMemberCommand extends Command<SelectionRoundResult> {
  constructor(
    readonly input: AppointPanelMemberInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
