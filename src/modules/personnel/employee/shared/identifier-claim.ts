import { CommandContext } from '../../../../kernel/command-handling';
import { deriveId } from '../../../../kernel/ids';

/**
 * The context of an identifier claim made on behalf of a command on the employee's stream. The claim
 * gets its own command id, derived from the command's: event ids derive from the command id and are
 * unique across the whole log, so two streams cannot share one command id. A repeat of the command
 * derives the same id, so the claim is a duplicate too.
 */
export function claimContext(context: CommandContext): CommandContext {
  return { ...context, commandId: deriveId('identifier-claim', context.commandId), causationId: context.commandId };
}
