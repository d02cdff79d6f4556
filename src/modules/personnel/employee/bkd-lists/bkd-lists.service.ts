import { Injectable } from '@nestjs/common';
import { Role } from '@infrastructure/auth/roles';
import { ReadModels } from '@infrastructure/projections/read-models';
import { addMonths, IsoDate } from '@kernel/calendar-date';
import { Clock } from '@kernel/clock';
import { ForbiddenError, NotFoundError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { JenisJabatan, OrganisationDirectory } from '@modules/organisation';
import { coversInstansi } from '@modules/shared/instansi-scope';
import { duk, DukRow, EmploymentType, EmployeeStatus, Golongan, isGolongan, kgbDue, KgbDue, ListedPns, retirementsDue, RetirementDue } from '../domain';
import { EMPLOYEES, Employee } from '../read-models/employees/employee.schema';
import { EmployeeViews } from '../read-models/employees/employee-views';

type EmployeeDoc = Employee & { _id: string };

/** Who reads the BKD's lists: ADMIN_BKD and AUDITOR of the instansi (they hold personal data). */
const LIST_READERS: readonly Role[] = [Role.ADMIN_BKD, Role.AUDITOR];

export interface ListScope {
  readonly instansiId: string;
  /** With its sub-units; absent: the whole instansi. */
  readonly unitId?: string;
}

/**
 * The lists a BKD works from (issue 8 item 5), computed on request from the employees read model and
 * the organisation tree: active PNS of one instansi or one unit's subtree. Bounded by the size of one
 * instansi (a few thousand records); every list is a pure function of those records (bkd-lists.ts).
 */
@Injectable()
export class BkdLists {
  constructor(
    private readonly readModels: ReadModels,
    private readonly directory: OrganisationDirectory,
    private readonly views: EmployeeViews,
    private readonly clock: Clock,
  ) {}

  today(): IsoDate {
    return this.clock.now().toISOString().slice(0, 10);
  }

  async duk(actor: Actor, scope: ListScope, asOf = this.today()): Promise<DukRow[]> {
    return duk(await this.pns(actor, scope), asOf);
  }

  async retirementsDue(actor: Actor, scope: ListScope, withinMonths: number, from = this.today()): Promise<RetirementDue[]> {
    return retirementsDue(await this.pns(actor, scope), from, addMonths(from, withinMonths));
  }

  async kgbDue(actor: Actor, scope: ListScope, withinMonths: number, from = this.today()): Promise<KgbDue[]> {
    // [M] Started at II/a: the first golongan was II/a and still is, or the TMT golongan is the TMT CPNS at II/a.
    const startedAtIIa = (p: ListedPns) => p.golongan === Golongan.II_A && p.golonganTmt === p.tmt;
    return kgbDue(await this.pns(actor, scope), from, addMonths(from, withinMonths), startedAtIIa);
  }

  /** The employee views of listed rows, in their order (the access rules of the record apply). */
  async employees(actor: Actor, ids: readonly string[]): Promise<Employee[]> {
    const docs = await this.readModels.collection<EmployeeDoc>(EMPLOYEES).find({ _id: { $in: [...ids] } });
    const byId = new Map(docs.map((d) => [d._id, d]));
    return this.views.present(ids.map((id) => byId.get(id)!).filter(Boolean), actor);
  }

  private async pns(actor: Actor, { instansiId, unitId }: ListScope): Promise<ListedPns[]> {
    if (!coversInstansi(actor, LIST_READERS, instansiId)) {
      throw new ForbiddenError(`Daftar pegawai ${instansiId} hanya untuk ADMIN_BKD dan AUDITOR instansi itu`);
    }
    const tree = await this.directory.tree(instansiId);
    if (!tree) throw new NotFoundError(`Instansi ${instansiId} tidak terdaftar`, { instansiId });
    let units: string[] | undefined;
    if (unitId) {
      if (!tree.units.some((u) => u.unitId === unitId)) throw new NotFoundError(`Unit kerja ${unitId} tidak ada di ${instansiId}`, { unitId });
      units = await this.directory.subtreeUnitIds(unitId);
    }
    const jenis = new Map<string, JenisJabatan>(tree.positions.map((p) => [p.positionId, p.jenisJabatan]));
    const docs = await this.readModels
      .collection<EmployeeDoc>(EMPLOYEES)
      .find({ instansiId, status: EmployeeStatus.AKTIF, employmentType: EmploymentType.PNS, ...(units ? { unitId: { $in: units } } : {}) });
    return docs.flatMap((d) =>
      isGolongan(d.golongan)
        ? [
            {
              employeeId: d._id,
              name: d.name,
              identifier: d.identifier,
              // The read model keeps the birth date (only views withhold it).
              birthDate: d.birthDate as IsoDate,
              tmt: d.tmt,
              golongan: d.golongan,
              golonganTmt: d.golonganTmt,
              education: d.education,
              unitId: d.unitId,
              positionId: d.positionId,
              jenisJabatan: jenis.get(d.positionId) ?? null,
            },
          ]
        : [],
    );
  }
}
