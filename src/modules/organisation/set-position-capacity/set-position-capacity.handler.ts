import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { legalBasisOf } from '@modules/shared/legal-basis.input';
import { POSITION_OCCUPANCY, PositionOccupancy } from '../position-occupancy/position-occupancy.port';
import { OrganisationCommands } from '../shared/organisation-commands';
import { SetPositionCapacityCommand } from './set-position-capacity.command';

@CommandHandler(SetPositionCapacityCommand)
export class SetPositionCapacityHandler implements ICommandHandler<SetPositionCapacityCommand> {
  constructor(
    private readonly organisation: OrganisationCommands,
    @Inject(POSITION_OCCUPANCY) private readonly occupancy: PositionOccupancy,
  ) {}

  async execute({ input, context }: SetPositionCapacityCommand): Promise<CommandResult> {
    const { positionId, capacity } = input;
    const occupancy = await this.occupancy.of(positionId, context.occurredAt.slice(0, 10));
    return this.organisation.execute({ type: 'SetPositionCapacity', positionId, capacity, legalBasis: legalBasisOf(input.legalBasis), occupancy, at: context.occurredAt }, context);
  }
}
