import { Injectable } from '@nestjs/common';
import { Role } from '@infrastructure/auth/roles';
import { Filter } from '@infrastructure/document-store/document-store.port';
import { ReadModels } from '@infrastructure/projections/read-models';
import { addMonths, IsoDate } from '@kernel/calendar-date';
import { Clock } from '@kernel/clock';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { JenisJabatan, OrganisationDirectory } from '@modules/organisation';
import { coversInstansi } from '@modules/shared/instansi-scope';
import {
  duk,
  DukRow,
  EmploymentType,
  EmployeeStatus,
  Golongan,
  isGolongan,
  isKpPeriod,
  kgbDue,
  KP_PERIODS_V1,
  KgbDue,
  kpDue,
  KpDue,
  ListedPns,
  nextKpPeriod,
  nominatif,
  NominatifRow,
  retirementsDue,
  RetirementDue,
  satyalancanaDue,
  SatyalancanaDue,
} from '../domain';
import { NominationStatus } from '../shared/employee.enums';
import { EMPLOYEES, Employee } from '../read-models/employees/employee.schema';
import { EmployeeViews } from '../read-models/employees/employee-views';
import { ListTree, listTree } from './list-tree';

type EmployeeDoc = Employee & { _id: string };

/** Who reads the BKD's lists: ADMIN_BKD and AUDITOR of the instansi (they hold personal data). */
const LIST_READERS: readonly Role[] = [Role.ADMIN_BKD, Role.AUDITOR];

export interface ListScope {
  readonly instansiId: string;
  /** With its sub-units; absent: the whole instansi. */
  readonly unitId?: string;
}

/** A checked scope: the instansi's tree and the filter of its active records. */
export interface ResolvedScope {
  readonly tree: ListTree;
  readonly filter: Filter;
}

/**
 * The lists a BKD works from (issue 8 item 5), computed on request from the employees read model and
 * the organisation tree: active ASN of one instansi or one unit's subtree. Bounded by the size of one
 * instansi (a few thousand records); every list is a pure function of those records (domain/).
 * Totals are counted by the store (bkd-totals.ts).
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

  async kpDue(actor: Actor, scope: ListScope, period: IsoDate): Promise<KpDue[]> {
    return kpDue(await this.pns(actor, scope), period);
  }

  /** The KP period asked for, checked against the calendar; by default the next one after today. */
  kpPeriod(period?: string): IsoDate {
    if (period === undefined) return nextKpPeriod(this.today());
    if (!isKpPeriod(period)) {
      throw new BadUserInputError(`${period} bukan periode KP: pilih tanggal 1 bulan periode (${KP_PERIODS_V1.version}: April dan Oktober sampai 2024, setiap bulan sejak 2025)`, { field: 'period' });
    }
    return period;
  }

  async satyalancanaDue(actor: Actor, scope: ListScope, asOf = this.today()): Promise<SatyalancanaDue[]> {
    return satyalancanaDue(await this.pns(actor, scope), asOf);
  }

  /** Daftar nominatif: every active ASN (PNS and PPPK) of the scope, by OPD, unit and jabatan. */
  async nominatif(actor: Actor, scope: ListScope, asOf = this.today()): Promise<NominatifRow[]> {
    const { tree, filter } = await this.resolve(actor, scope);
    const docs = await this.records().find(filter);
    return nominatif(
      docs.map((d) => ({
        employeeId: d._id,
        employmentType: d.employmentType,
        identifier: d.identifier,
        name: d.name,
        sortName: d.sortName,
        sex: d.sex,
        birthDate: d.birthDate as IsoDate,
        tmt: d.tmt,
        golongan: d.golongan,
        golonganTmt: d.golonganTmt,
        education: d.education,
        unitId: d.unitId,
        unitPath: tree.pathOf(d.unitId),
        positionId: d.positionId,
        positionName: tree.positions.get(d.positionId)?.name ?? null,
        jenisJabatan: tree.positions.get(d.positionId)?.jenisJabatan ?? null,
      })),
      asOf,
    );
  }

  /** The employee views of listed rows, in their order (the access rules of the record apply). */
  async employees(actor: Actor, ids: readonly string[]): Promise<Employee[]> {
    const docs = await this.records().find({ _id: { $in: [...ids] } });
    const byId = new Map(docs.map((d) => [d._id, d]));
    return this.views.present(ids.map((id) => byId.get(id)!).filter(Boolean), actor);
  }

  /** Checks the caller and the scope; the filter selects the active records of the scope. */
  async resolve(actor: Actor, { instansiId, unitId }: ListScope): Promise<ResolvedScope> {
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
    return { tree: listTree(tree), filter: { instansiId, status: EmployeeStatus.AKTIF, ...(units ? { unitId: { $in: units } } : {}) } };
  }

  private async pns(actor: Actor, scope: ListScope): Promise<ListedPns[]> {
    const { tree, filter } = await this.resolve(actor, scope);
    const docs = await this.records().find({ ...filter, employmentType: EmploymentType.PNS });
    return docs.flatMap((d) => (isGolongan(d.golongan) ? [listedPns(d, d.golongan, tree.positions.get(d.positionId)?.jenisJabatan ?? null)] : []));
  }

  private records() {
    return this.readModels.collection<EmployeeDoc>(EMPLOYEES);
  }
}

function listedPns(d: EmployeeDoc, golongan: Golongan, jenisJabatan: JenisJabatan | null): ListedPns {
  return {
    employeeId: d._id,
    name: d.name,
    identifier: d.identifier,
    // The read model keeps the birth date (only views withhold it).
    birthDate: d.birthDate as IsoDate,
    tmt: d.tmt,
    golongan,
    golonganTmt: d.golonganTmt,
    education: d.education,
    unitId: d.unitId,
    positionId: d.positionId,
    jenisJabatan,
    hukdis: d.disciplinaryActions,
    awards: d.awards,
    pendingAwards: d.nominations.filter((n) => n.status === NominationStatus.PENDING).map((n) => n.awardClass),
  };
}
