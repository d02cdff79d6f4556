import { Injectable } from '@nestjs/common';
import { Actor } from '@kernel/events';
import { OrganisationDirectory, OrgUnit, positionOfUnit } from '@modules/organisation';
import { seesCorrectedIdentifiers, seesPersonalData } from '../../access/employee-access';
import { Employee } from './employee.schema';

type EmployeeDoc = Employee & { _id: string };

/**
 * Turns stored records into what a caller sees: personal data withheld from callers who may not see
 * it, and the unit and position names looked up in the organisation tree (one lookup per unit).
 */
@Injectable()
export class EmployeeViews {
  constructor(private readonly directory: OrganisationDirectory) {}

  async present(docs: readonly EmployeeDoc[], actor: Actor): Promise<Employee[]> {
    const unitIds = [...new Set(docs.map((d) => d.unitId))];
    const units = new Map<string, OrgUnit | null>(await Promise.all(unitIds.map(async (id) => [id, await this.directory.unit(id)] as const)));
    return docs.map((doc) => view(doc, actor, units.get(doc.unitId) ?? null));
  }

  async presentOne(doc: EmployeeDoc, actor: Actor): Promise<Employee> {
    const [view] = await this.present([doc], actor);
    return view;
  }
}

/** The record as `actor` sees it, in one copy: personal data and tombstones withheld, the placement named. */
function view(doc: EmployeeDoc, actor: Actor, unit: OrgUnit | null): Employee {
  const out: EmployeeDoc = Object.assign({}, doc, placementNames(doc, unit));
  out.correctedIdentifiers = seesCorrectedIdentifiers(actor, doc) ? (doc.correctedIdentifiers ?? []) : [];
  if (!seesPersonalData(actor, doc)) {
    out.birthDate = null;
    out.contacts = null;
  }
  return out;
}

function placementNames(doc: EmployeeDoc, unit: OrgUnit | null): Pick<Employee, 'unitName' | 'unitPath' | 'positionName' | 'jenisJabatan'> {
  const position = unit ? positionOfUnit(unit, doc.positionId) : undefined;
  return { unitName: unit?.name ?? null, unitPath: unit?.path ?? [], positionName: position?.name ?? null, jenisJabatan: position?.jenisJabatan ?? null };
}
