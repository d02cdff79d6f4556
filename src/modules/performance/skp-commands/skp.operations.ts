import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { SkpContent } from '../skp/skp.events';
import { BERAKHLAK } from '../skp/skp.vocabulary';
import { SkpCommands } from './skp-commands';
import { DraftSkpInput, OverrideSkpAppraiserInput, ReturnSkpInput, SkpRefInput } from './skp.inputs';

export class DraftSkpCommand extends Command<CommandResult & { skpId: string }> {
  constructor(readonly input: DraftSkpInput, readonly context: CommandContext) {
    super();
  }
}
export class SubmitSkpCommand extends Command<CommandResult> {
  constructor(readonly input: SkpRefInput, readonly context: CommandContext) {
    super();
  }
}
export class ApproveSkpCommand extends Command<CommandResult> {
  constructor(readonly input: SkpRefInput, readonly context: CommandContext) {
    super();
  }
}
export class ReturnSkpCommand extends Command<CommandResult> {
  constructor(readonly input: ReturnSkpInput, readonly context: CommandContext) {
    super();
  }
}
export class OverrideSkpAppraiserCommand extends Command<CommandResult> {
  constructor(readonly input: OverrideSkpAppraiserInput, readonly context: CommandContext) {
    super();
  }
}

/** Plain data from the input: omitted perilaku means the seven values without ekspektasi khusus. */
export function contentOf(input: DraftSkpInput): SkpContent {
  return {
    rhk: input.rhk.map(({ rhkId, kategori, rencanaKinerja, pendekatan, indikator, intervensi, unitTargetIds }) => ({
      rhkId,
      kategori,
      rencanaKinerja,
      pendekatan,
      indikator: indikator.map(({ aspek, iki, target }) => ({ aspek, iki, target })),
      intervensi: intervensi.map(({ skpId, rhkId: linked }) => ({ skpId, rhkId: linked })),
      unitTargetIds: [...(unitTargetIds ?? [])],
    })),
    perilaku: input.perilaku ? input.perilaku.map(({ nilai, ekspektasiKhusus }) => ({ nilai, ekspektasiKhusus: ekspektasiKhusus ?? null })) : BERAKHLAK.map((nilai) => ({ nilai, ekspektasiKhusus: null })),
    lampiran: {
      dukunganSumberDaya: [...(input.lampiran?.dukunganSumberDaya ?? [])],
      skemaPertanggungjawaban: [...(input.lampiran?.skemaPertanggungjawaban ?? [])],
      konsekuensi: [...(input.lampiran?.konsekuensi ?? [])],
    },
  };
}

@CommandHandler(DraftSkpCommand)
export class DraftSkpHandler implements ICommandHandler<DraftSkpCommand> {
  constructor(private readonly skps: SkpCommands) {}
  execute({ input, context }: DraftSkpCommand): Promise<CommandResult & { skpId: string }> {
    return this.skps.draft({ employeeId: input.employeeId, year: input.year, content: contentOf(input) }, context);
  }
}

@CommandHandler(SubmitSkpCommand)
export class SubmitSkpHandler implements ICommandHandler<SubmitSkpCommand> {
  constructor(private readonly skps: SkpCommands) {}
  execute({ input, context }: SubmitSkpCommand): Promise<CommandResult> {
    return this.skps.submit(input.skpId, context);
  }
}

@CommandHandler(ApproveSkpCommand)
export class ApproveSkpHandler implements ICommandHandler<ApproveSkpCommand> {
  constructor(private readonly skps: SkpCommands) {}
  execute({ input, context }: ApproveSkpCommand): Promise<CommandResult> {
    return this.skps.approve(input.skpId, context);
  }
}

@CommandHandler(ReturnSkpCommand)
export class ReturnSkpHandler implements ICommandHandler<ReturnSkpCommand> {
  constructor(private readonly skps: SkpCommands) {}
  execute({ input, context }: ReturnSkpCommand): Promise<CommandResult> {
    return this.skps.returnSkp(input.skpId, input.notes, context);
  }
}

@CommandHandler(OverrideSkpAppraiserCommand)
export class OverrideSkpAppraiserHandler implements ICommandHandler<OverrideSkpAppraiserCommand> {
  constructor(private readonly skps: SkpCommands) {}
  execute({ input, context }: OverrideSkpAppraiserCommand): Promise<CommandResult> {
    return this.skps.overrideAppraiser(input.skpId, input.pejabatPenilaiEmployeeId, input.reason ?? '', context);
  }
}

export const skpCommandHandlers = [DraftSkpHandler, SubmitSkpHandler, ApproveSkpHandler, ReturnSkpHandler, OverrideSkpAppraiserHandler];
