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
    return docs.map((doc) => ({ ...withheld(doc, actor), ...placementNames(doc, units.get(doc.unitId) ?? null) }));
  }

  async presentOne(doc: EmployeeDoc, actor: Actor): Promise<Employee> {
    const [view] = await this.present([doc], actor);
    return view;
  }
}

function withheld(doc: EmployeeDoc, actor: Actor): EmployeeDoc {
  const tombstones = seesCorrectedIdentifiers(actor, doc) ? { correctedIdentifiers: doc.correctedIdentifiers ?? [] } : { correctedIdentifiers: [] };
  return seesPersonalData(actor, doc) ? { ...doc, ...tombstones } : { ...doc, ...tombstones, birthDate: null, contacts: null };
}

function placementNames(doc: EmployeeDoc, unit: OrgUnit | null): Pick<Employee, 'unitName' | 'unitPath' | 'positionName' | 'jenisJabatan'> {
  const position = unit ? positionOfUnit(unit, doc.positionId) : undefined;
  return { unitName: unit?.name ?? null, unitPath: unit?.path ?? [], positionName: position?.name ?? null, jenisJabatan: position?.jenisJabatan ?? null };
}
