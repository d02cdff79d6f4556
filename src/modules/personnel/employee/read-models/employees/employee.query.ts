import { Injectable } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Actor } from '@kernel/events';
import { mayRead, notVisible, seesCorrectedIdentifiers } from '../../access/employee-access';
import { EmployeeReadScopes } from '../../access/employee-read-scopes';
import { EmployeeViews } from './employee-views';
import { EMPLOYEES, Employee } from './employee.schema';

type EmployeeDoc = Employee & { _id: string };

/** One record by id, as the actor may see it; null when there is none (FORBIDDEN when not visible). */
export class EmployeeQuery extends Query<Employee | null> {
  constructor(
    readonly employeeId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

/** One record by NIP / NI PPPK, current, held before a reassignment, or (AUDITOR, ADMIN_BKD) replaced by a correction; same answers as EmployeeQuery. */
export class EmployeeByNipQuery extends Query<Employee | null> {
  constructor(
    readonly identifier: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

/** Shared by the single-record handlers: scope check, then the caller's view. */
@Injectable()
abstract class SingleEmployeeHandler {
  constructor(
    protected readonly readModels: ReadModels,
    private readonly scopes: EmployeeReadScopes,
    private readonly views: EmployeeViews,
  ) {}

  protected async visible(doc: EmployeeDoc | null, actor: Actor, what: string): Promise<Employee | null> {
    if (!doc) return null;
    if (!mayRead(await this.scopes.of(actor), doc)) throw notVisible(what);
    return this.views.presentOne(doc, actor);
  }

  protected employees() {
    return this.readModels.collection<EmployeeDoc>(EMPLOYEES);
  }
}

@QueryHandler(EmployeeQuery)
export class EmployeeQueryHandler extends SingleEmployeeHandler implements IQueryHandler<EmployeeQuery> {
  async execute({ employeeId, actor }: EmployeeQuery): Promise<Employee | null> {
    return this.visible(await this.employees().findById(employeeId), actor, employeeId);
  }
}

@QueryHandler(EmployeeByNipQuery)
export class EmployeeByNipQueryHandler extends SingleEmployeeHandler implements IQueryHandler<EmployeeByNipQuery> {
  async execute({ identifier, actor }: EmployeeByNipQuery): Promise<Employee | null> {
    const employees = this.employees();
    // Identifiers are never reused, so an old NI PPPK still names exactly one record.
    const doc =
      (await employees.findOne({ identifier })) ??
      (await employees.findOne({ previousIdentifiers: identifier })) ??
      // A tombstone (an identifier an SK ralat replaced) names its record for auditors and BKD only.
      (seesCorrectedIdentifiers(actor) ? await employees.findOne({ correctedIdentifiers: identifier }) : null);
    return this.visible(doc, actor, 'with this NIP');
  }
}
