import { CommandBus } from '@nestjs/cqrs';
import { Role } from '@infrastructure/auth/roles';
import { ALL_INSTANSI } from '@kernel/grant-scope';
import { CommandContextFactory } from '@kernel/command-context';
import { AppError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { SeedChain, SeedEnvironment, SeedStep } from './commands';
import { SeedClock } from './seed-clock';

/** The named system actor the seed writes as: ADMIN_BKD of every instansi, visible in every event's metadata. */
export const SEED_ACTOR: Actor = Object.freeze({ id: 'seed', roles: [Object.freeze({ role: Role.ADMIN_BKD, unit: ALL_INSTANSI })] });

export interface StepFailure {
  readonly key: string;
  readonly command: string;
  readonly code: string;
  readonly message: string;
}

export interface RunCounts {
  sent: number;
  /** Answered as already done (the same idempotency key was handled before): nothing written. */
  duplicates: number;
  /** Refused because the thing already exists, created outside the seed (another key): left as it is. */
  existing: number;
  /** Refused as the plan meant to show (a rule the step expected): nothing written, the chain goes on. */
  refusedAsPlanned: number;
  failed: number;
  /** Commands sent, by command class. */
  readonly byCommand: Record<string, number>;
  readonly failures: StepFailure[];
}

export function emptyCounts(): RunCounts {
  return { sent: 0, duplicates: 0, existing: 0, refusedAsPlanned: 0, failed: 0, byCommand: {}, failures: [] };
}

/**
 * Sends chains of commands through the CommandBus with bounded concurrency: up to `concurrency`
 * chains in flight, each chain strictly in order. The embedded event store group-commits the appends
 * that arrive together, so many commands in flight share one fsync. A refused command is counted and
 * its chain stops (later steps depend on it); the other chains go on.
 */
export class SeedRunner {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly concurrency: number,
    private readonly actor: Actor = SEED_ACTOR,
    private readonly clock?: SeedClock,
    private readonly env?: SeedEnvironment,
  ) {}

  /** `onProgress` gets the steps done (sent or skipped after a refusal) and the total. */
  async run(chains: readonly SeedChain[], counts: RunCounts, onProgress?: (done: number, total: number) => void): Promise<void> {
    const total = chains.reduce((n, chain) => n + chain.length, 0);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < chains.length) {
        const chain = chains[next++];
        for (let i = 0; i < chain.length; i++) {
          const handled = await this.send(chain[i], counts);
          done += handled ? 1 : chain.length - i;
          onProgress?.(done, total);
          if (!handled) break;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, chains.length) }, worker));
  }

  /** True when the command was handled (written or a duplicate). */
  private send(step: SeedStep, counts: RunCounts): Promise<boolean> {
    return this.clock ? this.clock.at(step.at, () => this.sendNow(step, counts)) : this.sendNow(step, counts);
  }

  private async sendNow(step: SeedStep, counts: RunCounts): Promise<boolean> {
    if (step.complete && !this.env) throw new Error(`${step.key}: the runner has no environment to complete the step`);
    const input = step.complete ? await step.complete(this.env!) : step.input;
    const context = this.contexts.forActor(step.actor ?? this.actor, input);
    const command = step.command(context, input);
    const name = command.constructor.name;
    counts.sent++;
    counts.byCommand[name] = (counts.byCommand[name] ?? 0) + 1;
    try {
      const result = (await this.commands.execute(command)) as { duplicate?: boolean } | undefined;
      if (result?.duplicate) counts.duplicates++;
      return true;
    } catch (error) {
      const code = error instanceof AppError ? ('rule' in error && error.rule ? String(error.rule) : error.code) : 'INTERNAL';
      if (step.existsRules?.includes(code)) {
        counts.existing++;
        return true;
      }
      if (step.expectedRules?.includes(code)) {
        counts.refusedAsPlanned++;
        return true;
      }
      counts.failed++;
      counts.failures.push({ key: step.key, command: name, code, message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }
}
