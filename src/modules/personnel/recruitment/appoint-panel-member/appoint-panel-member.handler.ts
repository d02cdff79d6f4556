import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { AppointPanelMemberCommand } from './appoint-panel-member.command';

@CommandHandler(AppointPanelMemberCommand)
export class AppointPanelMemberHandler implements ICommandHandler<AppointPanelMemberCommand, SelectionRoundResult> {
  constructor(private readonly rounds: SelectionRoundCommands) {}

  execute({ input, context }: AppointPanelMemberCommand): Promise<SelectionRoundResult> {
    const { roundId, employeeId, name, role } = input;
    const memberId = input.memberId ?? deriveId('panel-member', context.commandId);
    return this.rounds.execute(roundId, { type: 'AppointPanelMember', memberId, employeeId, name: name.trim(), role, at: context.occurredAt }, context);
  }
}
