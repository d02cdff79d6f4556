import { Command } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { EmployeeResult } from '../shared/employee-commands';
import { CorrectGolonganInput } from './correct-golongan.input';

export class CorrectGolonganCommand extends Command<EmployeeResult> {
  constructor(
    readonly input: CorrectGolonganInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
