import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { SkpContent } from '../skp/skp.events';
import { BERAKHLAK } from '../skp/skp.vocabulary';
import { SkpCommands } from './skp-commands';
import { segmentActor, SkpSegments } from '../skp-segments/skp-segments';
import { deriveId } from '@kernel/ids';
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

/**
 * Drafts the SKP; a first SKP of the year drafted after a transfer was recorded with a later TMT in
 * the year is split for it at once (the segment reaction found no SKP when the transfer came).
 */
@CommandHandler(DraftSkpCommand)
export class DraftSkpHandler implements ICommandHandler<DraftSkpCommand> {
  constructor(
    private readonly skps: SkpCommands,
    private readonly segments: SkpSegments,
  ) {}
  async execute({ input, context }: DraftSkpCommand): Promise<CommandResult & { skpId: string }> {
    const result = await this.skps.draft({ employeeId: input.employeeId, year: input.year, content: contentOf(input) }, context);
    if (!result.eventTypes.includes('performance.SkpDrafted')) return result;
    const drafted = await this.skps.existing(result.skpId, context.actor);
    const { expectedRevision: _r, fingerprint: _f, ...rest } = context;
    const split = await this.segments.catchUp(input.employeeId, input.year, drafted.skpDate, (transferEventId, key) => ({
      ...rest,
      actor: segmentActor(drafted.unitId, context.actor),
      commandId: deriveId(context.commandId, 'performance.segment', transferEventId, key),
    }));
    return { ...result, position: Math.max(result.position, split) };
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
