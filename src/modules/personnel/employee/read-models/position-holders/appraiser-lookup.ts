import { Injectable } from '@nestjs/common';
import { ReadModels } from '@infrastructure/projections/read-models';
import { AppraiserResolution, Appraisers, OrganisationDirectory, PositionHolders, unitIdOfPosition } from '@modules/organisation';
import { isGolongan, NO_PNS_SUPERIOR, SuperiorGolongan } from '../../domain';
import { AppraiserKind } from '../../shared/employee.enums';
import { EMPLOYEES, Employee } from '../employees/employee.schema';
import { Appraiser, EmployeeAppraisers } from './appraiser.types';
import { POSITION_HOLDERS, PositionHolder } from './position-holder.schema';

type HolderDoc = PositionHolder & { _id: string };
type EmployeeDoc = Employee & { _id: string };

/** The appraisee: whose appraisers are resolved, from their own position. */
export interface Appraisee {
  readonly employeeId: string;
  readonly positionId: string;
}

/**
 * Pejabat penilai resolution with this module's position holders: the organisation module owns the
 * rules (resolveAppraisers), this module knows who fills which position.
 */
@Injectable()
export class AppraiserLookup {
  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly readModels: ReadModels,
  ) {}

  appraisersOf(appraisee: Appraisee, onDate: string): Promise<Appraisers> {
    return this.holdersAround(appraisee).then((holders) => this.directory.appraisersOf(appraisee.positionId, holders, onDate));
  }

  /**
   * The golongan KP Reguler may not exceed: the pejabat penilai's, as the record stands. The kepala
   * daerah is not a PNS; a vacant head, an unresolved line or a PPPK superior gives null, which the
   * KP rule reports as unknown rather than skipping.
   */
  async superiorGolongan(appraisee: Appraisee, onDate: string): Promise<SuperiorGolongan> {
    const { pejabatPenilai } = await this.appraisersOf(appraisee, onDate);
    if ('unresolved' in pejabatPenilai) return null;
    if (pejabatPenilai.kepalaDaerah) return NO_PNS_SUPERIOR;
    if (!pejabatPenilai.employeeId) return null;
    const superior = await this.employees().findById(pejabatPenilai.employeeId);
    return superior && isGolongan(superior.golongan) ? superior.golongan : null;
  }

  /** The GraphQL view, with the names of the employees found. */
  async view(appraisee: Appraisee, onDate: string): Promise<EmployeeAppraisers> {
    const { pejabatPenilai, atasanPejabatPenilai } = await this.appraisersOf(appraisee, onDate);
    return { onDate: onDate.slice(0, 10), pejabatPenilai: await this.toView(pejabatPenilai), atasanPejabatPenilai: await this.toView(atasanPejabatPenilai) };
  }

  /**
   * Holders of every position in the appraisee's unit and the units above it (where appraisers sit).
   * The appraisee holds their own position whatever the holder list says, so nobody appraises themselves.
   */
  private async holdersAround(appraisee: Appraisee): Promise<PositionHolders> {
    const unitId = unitIdOfPosition(appraisee.positionId);
    const unit = await this.directory.unit(unitId);
    const unitIds = [...(unit?.ancestors ?? []), unitId];
    const docs = await this.readModels.collection<HolderDoc>(POSITION_HOLDERS).find({ unitId: { $in: unitIds } });
    const holders: Record<string, PositionHolders[string]> = {};
    for (const doc of docs) {
      const latest = [...doc.holders].sort((a, b) => b.since.localeCompare(a.since))[0] ?? null;
      holders[doc._id] = { holder: latest, acting: doc.acting.map(({ employeeId, kind, from, until }) => ({ employeeId, kind, from, until })) };
    }
    holders[appraisee.positionId] = { ...holders[appraisee.positionId], holder: { employeeId: appraisee.employeeId, since: '0000-01-01' } };
    return holders;
  }

  private async toView(found: AppraiserResolution): Promise<Appraiser> {
    const none = { employeeId: null, name: null, positionId: null, unitId: null, jenisJabatan: null, acting: null, title: null, unresolved: null, message: null };
    if ('unresolved' in found) return { ...none, kind: AppraiserKind.UNRESOLVED, substitute: false, unresolved: found.unresolved, message: found.message };
    if (found.kepalaDaerah) return { ...none, kind: AppraiserKind.KEPALA_DAERAH, substitute: !!found.substitute, title: found.title };
    const employee = found.employeeId ? await this.employees().findById(found.employeeId) : null;
    return {
      ...none,
      kind: AppraiserKind.UNIT_HEAD,
      employeeId: found.employeeId,
      name: employee?.name ?? null,
      positionId: found.positionId,
      unitId: found.unitId,
      jenisJabatan: found.jenisJabatan,
      acting: found.acting ?? null,
      substitute: !!found.substitute,
    };
  }

  private employees() {
    return this.readModels.collection<EmployeeDoc>(EMPLOYEES);
  }
}
