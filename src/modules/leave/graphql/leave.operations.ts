import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { deriveId } from '@kernel/ids';
import { LeaveCommands } from '../leave-commands';
import { CancelLeaveInput, ConsiderLeaveInput, DecideLeaveInput, OpenLeaveRecordInput, RecordCutiBersamaWorkInput, RequestLeaveInput, ReturnFromLeaveInput } from './leave.inputs';

type In = RequestLeaveInput | ConsiderLeaveInput | DecideLeaveInput | CancelLeaveInput | ReturnFromLeaveInput | RecordCutiBersamaWorkInput | OpenLeaveRecordInput;

/** A leave bus command: the validated input and the caller's context (plain data). */
export class LeaveBusCommand<I extends In> extends Command<CommandResult> {
  constructor(readonly input: I, readonly context: CommandContext) {
    super();
  }
}
export class RequestLeaveCommand extends Command<CommandResult & { requestId: string }> {
  constructor(readonly input: RequestLeaveInput, readonly context: CommandContext) {
    super();
  }
}
export class ConsiderLeaveCommand extends LeaveBusCommand<ConsiderLeaveInput> {}
export class DecideLeaveCommand extends LeaveBusCommand<DecideLeaveInput> {}
export class CancelLeaveCommand extends LeaveBusCommand<CancelLeaveInput> {}
export class ReturnFromLeaveCommand extends LeaveBusCommand<ReturnFromLeaveInput> {}
export class RecordCutiBersamaWorkCommand extends LeaveBusCommand<RecordCutiBersamaWorkInput> {}
export class OpenLeaveRecordCommand extends LeaveBusCommand<OpenLeaveRecordInput> {}

/** The request id derives from the command id: a repeated request (same idempotency key) names the same request. */
export const requestIdFor = (context: CommandContext): string => deriveId('leave.request', context.commandId);

@CommandHandler(RequestLeaveCommand)
export class RequestLeaveHandler implements ICommandHandler<RequestLeaveCommand> {
  constructor(private readonly leave: LeaveCommands) {}
  async execute({ input, context }: RequestLeaveCommand): Promise<CommandResult & { requestId: string }> {
    const requestId = requestIdFor(context);
    const result = await this.leave.request(
      {
        requestId,
        employeeId: input.employeeId,
        kind: input.kind,
        subKind: input.subKind ?? null,
        startDate: input.startDate,
        endDate: input.endDate,
        abroad: input.abroad ?? false,
        address: input.address ?? null,
        reason: input.reason ?? '',
        evidence: (input.evidence ?? []).map(({ hash, kind }) => ({ hash, kind })),
        childOrder: input.childOrder ?? null,
        travelDays: input.travelDays ?? 0,
      },
      context,
    );
    return { ...result, requestId };
  }
}

@CommandHandler(ConsiderLeaveCommand)
export class ConsiderLeaveHandler implements ICommandHandler<ConsiderLeaveCommand> {
  constructor(private readonly leave: LeaveCommands) {}
  execute({ input, context }: ConsiderLeaveCommand) {
    const { employeeId, requestId, verdict } = input;
    return this.leave.consider({ employeeId, requestId, verdict, reason: input.reason ?? null, fromDate: input.proposedStart ?? null, toDate: input.proposedEnd ?? null }, context);
  }
}

@CommandHandler(DecideLeaveCommand)
export class DecideLeaveHandler implements ICommandHandler<DecideLeaveCommand> {
  constructor(private readonly leave: LeaveCommands) {}
  execute({ input, context }: DecideLeaveCommand) {
    const { employeeId, requestId, verdict } = input;
    return this.leave.decide(
      { employeeId, requestId, verdict, reason: input.reason ?? null, fromDate: input.changedStart ?? null, toDate: input.changedEnd ?? null, skNumber: input.skNumber ?? null, skDate: input.skDate ?? null },
      context,
    );
  }
}

@CommandHandler(CancelLeaveCommand)
export class CancelLeaveHandler implements ICommandHandler<CancelLeaveCommand> {
  constructor(private readonly leave: LeaveCommands) {}
  execute({ input, context }: CancelLeaveCommand) {
    return this.leave.cancel(input.employeeId, input.requestId, input.reason ?? '', context);
  }
}

@CommandHandler(ReturnFromLeaveCommand)
export class ReturnFromLeaveHandler implements ICommandHandler<ReturnFromLeaveCommand> {
  constructor(private readonly leave: LeaveCommands) {}
  execute({ input, context }: ReturnFromLeaveCommand) {
    return this.leave.returnEarly(input.employeeId, input.requestId, input.returnDate, context);
  }
}

@CommandHandler(RecordCutiBersamaWorkCommand)
export class RecordCutiBersamaWorkHandler implements ICommandHandler<RecordCutiBersamaWorkCommand> {
  constructor(private readonly leave: LeaveCommands) {}
  execute({ input, context }: RecordCutiBersamaWorkCommand) {
    return this.leave.recordCutiBersamaWork(input.employeeId, input.year, input.dates, input.reason ?? '', context);
  }
}

@CommandHandler(OpenLeaveRecordCommand)
export class OpenLeaveRecordHandler implements ICommandHandler<OpenLeaveRecordCommand> {
  constructor(private readonly leave: LeaveCommands) {}
  execute({ input, context }: OpenLeaveRecordCommand) {
    return this.leave.openRecord(input.employeeId, input.firstYear, input.priorYears.map(({ year, taken, remaining }) => ({ year, taken, remaining })), context);
  }
}

export const leaveCommandHandlers = [
  RequestLeaveHandler,
  ConsiderLeaveHandler,
  DecideLeaveHandler,
  CancelLeaveHandler,
  ReturnFromLeaveHandler,
  RecordCutiBersamaWorkHandler,
  OpenLeaveRecordHandler,
];
