import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { deriveId } from '@kernel/ids';
import { PlacementCheck } from '../../employee/shared/placement-check';
import { SelectionRoundCommands, SelectionRoundResult } from '../shared/selection-round-commands';
import { AddFormasiCommand } from './add-formasi.command';

@CommandHandler(AddFormasiCommand)
export class AddFormasiHandler implements ICommandHandler<AddFormasiCommand, SelectionRoundResult> {
  constructor(
    private readonly rounds: SelectionRoundCommands,
    private readonly placements: PlacementCheck,
  ) {}

  async execute({ input, context }: AddFormasiCommand): Promise<SelectionRoundResult> {
    const { roundId, unitId, positionId, jabatanName, quota, educationLevel } = input;
    const post = await this.placements.read(unitId, positionId);
    return this.rounds.execute(
      roundId,
      {
        type: 'AddFormasi',
        formasiId: input.formasiId ?? deriveId('formasi', context.commandId),
        unitId,
        positionId,
        jabatanName,
        quota,
        educationLevel,
        educationMajors: input.educationMajors ?? [],
        ageLimit: input.ageLimit ?? 'UMUM',
        post,
      },
      context,
    );
  }
}
