import { Injectable } from '@nestjs/common';
import { Command, CommandBus, IQuery, QueryBus } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '@kernel/command-handling';
import { CommandContextFactory, CommandOptions } from '@kernel/command-context';
import { Actor } from '@kernel/events';
import { ReadModels } from '../projections/read-models';
import { MutationPayloadShape } from './payload';

/**
 * How a mutation answers with the node it changed: the payload field, the projections whose writes
 * the answer must see, and the query that loads the node as the actor may see it. A module declares
 * one per node type (EMPLOYEE_NODE, ORG_UNIT_NODE…).
 */
export interface NodeView<N = unknown> {
  readonly field: string;
  readonly projections: readonly string[];
  query(id: string, actor: Actor): IQuery;
  /** Only for the type: lets `NodeView<Employee>` carry its node type. */
  readonly __node?: N;
}

export function nodeView<N>(field: string, projections: readonly string[], query: (id: string, actor: Actor) => IQuery): NodeView<N> {
  return { field, projections, query };
}

/**
 * The one mutation path of every resolver — validate (the input pipe has) → command → payload: builds
 * the command context for the actor from the input (idempotency key, reason, expectedRevision), runs
 * the bus command, waits (bounded) until the node's projections have applied its position
 * (read-your-writes), and answers `{ position, duplicate, <field>: node }`.
 */
@Injectable()
export class Mutations {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
    private readonly readModels: ReadModels,
    private readonly queries: QueryBus,
  ) {}

  async run<R extends CommandResult>(
    actor: Actor,
    input: CommandOptions,
    build: (context: CommandContext) => Command<R>,
    node: NodeView,
    idOf: string | ((result: R) => string),
    ...alsoWaitFor: string[]
  ): Promise<MutationPayloadShape & Record<string, unknown>> {
    const result = await this.commands.execute(build(this.contexts.forActor(actor, input)));
    return this.payload(result, node, typeof idOf === 'string' ? idOf : idOf(result), actor, ...alsoWaitFor);
  }

  /** The answer for a command already run: wait for its position, then load the node. */
  async payload(result: CommandResult, node: NodeView, id: string, actor: Actor, ...alsoWaitFor: string[]): Promise<MutationPayloadShape & Record<string, unknown>> {
    await this.readModels.waitFor(result.position, ...node.projections, ...alsoWaitFor);
    const loaded: unknown = await this.queries.execute(node.query(id, actor));
    return { position: result.position, duplicate: result.duplicate, [node.field]: loaded };
  }
}
