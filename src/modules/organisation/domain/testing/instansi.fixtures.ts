import { InstansiRegistered, PositionCreated, UnitCreated } from '../instansi.events';
import { positionIdOf, unitIdOf } from '../organisation.ids';
import { capacityOf, InstansiKind, JenisJabatan, UnitKind } from '../organisation.vocabulary';

/** Event builders for specs: a Kota Medan tree built from codes, as an ADMIN_BKD would seed it. */
export const AT = '2026-01-05T03:00:00.000Z';
export const MEDAN = 'kota-medan';

export function instansiRegistered(instansiId = MEDAN, name = 'Pemerintah Kota Medan'): InstansiRegistered {
  return {
    type: 'personnel.InstansiRegistered',
    data: { instansiId, name, kind: InstansiKind.PEMERINTAH_KOTA, kepalaDaerahTitle: 'Wali Kota', registeredAt: AT },
  };
}

export function unitCreated(code: string, kind: UnitKind, parentCode: string | null = null, name = `Unit ${code}`, instansiId = MEDAN): UnitCreated {
  const parentUnitId = parentCode === null ? null : unitIdOf(instansiId, parentCode);
  return {
    type: 'personnel.UnitCreated',
    data: { unitId: unitIdOf(instansiId, code), instansiId, parentUnitId, code, name, kind, createdAt: AT },
  };
}

export function positionCreated(unitCode: string, code: string, jenisJabatan: JenisJabatan, isUnitHead = false, instansiId = MEDAN, capacity: number | null = null): PositionCreated {
  const unitId = unitIdOf(instansiId, unitCode);
  return {
    type: 'personnel.PositionCreated',
    data: { positionId: positionIdOf(unitId, code), unitId, instansiId, code, name: `Jabatan ${code}`, jenisJabatan, isUnitHead, kelasJabatan: null, capacity: capacityOf({ jenisJabatan, isUnitHead, capacity }), createdAt: AT },
  };
}
