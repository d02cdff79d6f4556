import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { APP_CONFIG, AppConfig } from '@config/config';
import { Public } from '@infrastructure/auth/decorators';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { OrganisationDirectory } from '../../organisation';
import { PerformancePublicData, PublicAgreement } from '../../performance';
import { EmployeeDirectory } from '../../personnel';
import { suppressPredikat } from './predikat-suppression';

@ObjectType('PredikatCell', { description: 'How many closed annual evaluations of the unit have this predikat; null when withheld.' })
class PredikatCellView {
  @Field({ description: 'sangatBaik, baik, butuhPerbaikan, kurang or sangatKurang.' }) predikat: string;
  @Field(() => Int, { nullable: true }) count: number | null;
  @Field() suppressed: boolean;
}

@ObjectType('OpdPredikatDistribution', { description: 'The predikat distribution of one OPD (and the units below it): counts only, small cells suppressed; never an individual rating.' })
class OpdPredikatDistribution {
  @Field(() => ID) unitId: string;
  @Field(() => Int, { nullable: true, description: 'Closed annual evaluations; null when fewer than k.' }) total: number | null;
  @Field(() => [PredikatCellView]) cells: PredikatCellView[];
  @Field(() => String, { nullable: true, description: 'TOTAL_BELOW_K, SMALL_CELLS or UNANIMOUS (everyone the same: each rating would be known); null when nothing is withheld.' })
  suppressionReason: string | null;
}

@ObjectType('PredikatTransparency', { description: "An instansi's predikat distribution per OPD for a year, from the performance module's closed annual evaluations." })
class PredikatTransparency {
  @Field(() => ID) instansiId: string;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'k: the smallest count shown.' }) minCellSize: number;
  @Field(() => [OpdPredikatDistribution]) units: OpdPredikatDistribution[];
}

@ObjectType('AgreementRealisasi', { description: 'A realisasi recorded on the unit head\'s SKP for a period: an output, not a rating.' })
class AgreementRealisasi {
  @Field() period: string;
  @Field() text: string;
  @Field() recordedAt: string;
}

@ObjectType('AgreementTarget', { description: 'A target (sasaran, IKU, target value) of the perjanjian kinerja, with what was realised for it.' })
class AgreementTargetView {
  @Field(() => ID) targetId: string;
  @Field() sasaran: string;
  @Field() indikator: string;
  @Field() target: string;
  @Field(() => [AgreementRealisasi]) realisasi: AgreementRealisasi[];
}

@ObjectType('HeadOutputIndikator')
class HeadOutputIndikator {
  @Field() aspek: string;
  @Field() iki: string;
  @Field() target: string;
}

@ObjectType('HeadOutput', { description: "One RHK of the unit head's approved SKP: the output promised and the realisasi recorded. No rating." })
class HeadOutputView {
  @Field() rencanaKinerja: string;
  @Field(() => [HeadOutputIndikator]) indikator: HeadOutputIndikator[];
  @Field(() => [AgreementRealisasi]) realisasi: AgreementRealisasi[];
}

@ObjectType('AgreementHead', { description: 'The head who signed the perjanjian kinerja: name and jabatan, as instansi publish them under SAKIP.' })
class AgreementHead {
  @Field() name: string;
  @Field() jabatan: string;
  @Field(() => [HeadOutputView]) outputs: HeadOutputView[];
}

@ObjectType('PerformanceAgreement', { description: "A unit's approved perjanjian kinerja (SAKIP) for a year: targets and realisations — outputs, never a rating." })
class PerformanceAgreement {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Int) year: number;
  @Field(() => String, { nullable: true, description: 'Number of the signed perjanjian kinerja document.' }) perjanjianKinerja: string | null;
  @Field(() => String, { nullable: true }) approvedAt: string | null;
  @Field(() => [AgreementTargetView]) targets: AgreementTargetView[];
  @Field(() => AgreementHead, { nullable: true, description: 'Null until the head has an approved SKP for the year.' }) head: AgreementHead | null;
}

const PerformanceAgreementConnection = Connection(PerformanceAgreement);

@ArgsType()
class InstansiYearArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

@ArgsType()
class AgreementsArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
}

/**
 * What the public may see of ASN performance (DOMAIN.md §1.12): per-OPD predicate counts with
 * small cells suppressed, and the perjanjian kinerja of units and their heads with targets and
 * realisations. Both read performance's published surface (PerformancePublicData in its index.ts).
 */
@Resolver()
export class PerformanceTransparencyResolver {
  constructor(
    private readonly performance: PerformancePublicData,
    private readonly organisation: OrganisationDirectory,
    private readonly employees: EmployeeDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => PredikatTransparency, { description: 'Predikat distribution per OPD of an instansi for a year (closed annual evaluations), small cells and unanimous units withheld. Public.' })
  @Public()
  async predikatTransparency(@Args() args: InstansiYearArgs): Promise<PredikatTransparency> {
    const k = this.config.publicFeedback.minCellSize;
    const units = (await this.performance.predikatCountsByOpd(args.instansiId, args.year)).map(({ unitId, counts }) => {
      const { total, cells, reason } = suppressPredikat(counts, k);
      return { unitId, total, cells: [...cells], suppressionReason: reason };
    });
    return { instansiId: args.instansiId, year: args.year, minCellSize: k, units };
  }

  @Query(() => PerformanceAgreementConnection, { description: "Approved perjanjian kinerja (SAKIP) of an instansi's units for a year, in unit order: targets, realisations and the head's SKP outputs; never a rating. Public." })
  @Public()
  async performanceAgreements(@Args() args: AgreementsArgs): Promise<ConnectionShape<PerformanceAgreement>> {
    const page = await this.performance.agreements(args.instansiId, args.year, { first: args.first, after: args.after });
    const edges = await Promise.all(page.edges.map(async ({ node, cursor }) => ({ cursor, node: await this.view(node) })));
    return { ...page, edges };
  }

  private async view(agreement: PublicAgreement): Promise<PerformanceAgreement> {
    const unit = await this.organisation.unit(agreement.unitId);
    const headOf = async (head: NonNullable<PublicAgreement['head']>): Promise<AgreementHead | null> => {
      const employee = await this.employees.onDate(head.employeeId, `${agreement.year}-12-31`);
      const position = await this.organisation.position(head.positionId);
      if (!employee) return null;
      return { name: employee.name, jabatan: position?.position.name ?? head.positionId, outputs: head.outputs.map((o) => ({ ...o, indikator: [...o.indikator], realisasi: [...o.realisasi] })) };
    };
    return {
      unitId: agreement.unitId,
      unitName: unit?.name ?? agreement.unitId,
      year: agreement.year,
      perjanjianKinerja: agreement.perjanjianKinerja,
      approvedAt: agreement.approvedAt,
      targets: agreement.targets.map((t) => ({ ...t, realisasi: [...t.realisasi] })),
      head: agreement.head ? await headOf(agreement.head) : null,
    };
  }
}
