import { Role } from '@infrastructure/auth/roles';
import { Actor } from '@kernel/events';
import { isUnitId } from '@kernel/grant-scope';
import { OrganisationDirectory, OrgUnit } from '../../organisation';
import { instansiScope } from '../../shared';

/** PEJABAT_PENILAI whose grant names `unitId` or a unit above it (only above when `strictlyAbove`). */
export function leadsUnit(actor: Actor, unit: OrgUnit, unitId: string, strictlyAbove: boolean): boolean {
  return actor.roles.some((g) => g.role === Role.PEJABAT_PENILAI && isUnitId(g.unit) && (unit.ancestors.includes(g.unit) || (!strictlyAbove && g.unit === unitId)));
}

/** Unit aggregates and plans: ADMIN_BKD or AUDITOR of the instansi, or a PEJABAT_PENILAI of the unit or a unit above it. */
export async function mayReadUnit(actor: Actor, organisation: OrganisationDirectory, unitId: string): Promise<boolean> {
  const unit = await organisation.unit(unitId);
  if (!unit) return false;
  const scope = instansiScope(actor, [Role.ADMIN_BKD, Role.AUDITOR]);
  if (scope === 'all' || scope.includes(unit.instansiId)) return true;
  return leadsUnit(actor, unit, unitId, false);
}
