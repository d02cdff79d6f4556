import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '@kernel/command-handling';
import { POSITION_OCCUPANCY, PositionOccupancy } from '../position-occupancy/position-occupancy.port';
import { OrganisationCommands } from '../shared/organisation-commands';
import { AbolishPositionCommand } from './abolish-position.command';

@CommandHandler(AbolishPositionCommand)
export class AbolishPositionHandler implements ICommandHandler<AbolishPositionCommand> {
  constructor(
    private readonly organisation: OrganisationCommands,
    @Inject(POSITION_OCCUPANCY) private readonly occupancy: PositionOccupancy,
  ) {}

  async execute({ input, context }: AbolishPositionCommand): Promise<CommandResult> {
    const occupancy = await this.occupancy.of(input.positionId, context.occurredAt.slice(0, 10));
    return this.organisation.execute({ type: 'AbolishPosition', positionId: input.positionId, occupancy, at: context.occurredAt }, context);
  }
}
