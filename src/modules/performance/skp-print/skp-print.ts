import { Injectable } from '@nestjs/common';
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { stampOf, verificationCodeOf } from '@infrastructure/documents/stamped-pdf';
import { ReadModels } from '@infrastructure/projections/read-models';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { refuse } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { describeGolongan, isGolongan } from '../../shared';
import { mayReadAppraisal } from '../access/performance-access';
import { evaluationStream } from '../evaluation/evaluation.events';
import { PerformanceRule as R } from '../performance.rules';
import { Evaluation, PERFORMANCE_EVALUATIONS } from '../read-models/evaluations/evaluation.schema';
import { PERFORMANCE_SKPS, Skp } from '../read-models/skps/skp.schema';
import { RecordViews } from '../record-views/record-views';
import { SiasnExport } from '../siasn/siasn-export';
import { renderSkpPrint } from './skp-print.pdf';

@ObjectType('SkpPrint', { description: 'A printable SKP with its closed evaluation and predikat as PDF, stamped with the log position and hash of the evaluation event it reflects and a verification code.' })
export class SkpPrint {
  @Field(() => ID) evaluationId: string;
  @Field() fileName: string;
  @Field() mediaType: string;
  @Field({ description: 'The PDF, base64.' }) contentBase64: string;
  @Field(() => Float, { description: 'Log position of the evaluation event printed on it.' }) position: number;
  @Field({ description: 'Hash of that event in the hash chain (verify with `npm run verify`).' }) hash: string;
  @Field({ description: 'The same stamp as the PDF metadata (Subject): `akuntabel:<stream>@<position>#<hash>`.' }) stamp: string;
  @Field({ description: 'SHA-256 of the stamp, 16 hex digits grouped by 4: recomputed from the printed position and hash.' }) verificationCode: string;
}

type EvalDoc = Evaluation & { _id: string };

/** The printed SKP (issue 9 item 7): the employee, the appraiser chain, ADMIN_BKD of the instansi and AUDITOR; only of a closed evaluation; each print appends a `RecordViewed`. */
@Injectable()
export class SkpPrints {
  constructor(
    private readonly readModels: ReadModels,
    private readonly employees: EmployeeDirectory,
    private readonly organisation: OrganisationDirectory,
    private readonly siasn: SiasnExport,
    private readonly views: RecordViews,
  ) {}

  async print(actor: Actor, evaluationId: string): Promise<SkpPrint> {
    const evaluation = await this.readModels.collection<EvalDoc>(PERFORMANCE_EVALUATIONS).findById(evaluationId);
    if (!evaluation) refuse(R.EVALUATION_UNKNOWN, `Penilaian ${evaluationId} tidak ada`);
    if (!mayReadAppraisal(actor, evaluation)) throw new ForbiddenError('Penilaian ini tidak dalam cakupan Anda');
    if (!evaluation.closed || !evaluation.closedAt || evaluation.logPosition === null || !evaluation.logHash) {
      refuse(R.EVALUATION_NOT_CLOSED, `Penilaian ${evaluationId} belum ditetapkan (penetapan predikat): SKP belum dapat dicetak`);
    }
    const skp = (await this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS).findById(evaluation.skpId))!;
    const onDate = evaluation.evaluatedAt.slice(0, 10);
    const employee = await this.employees.onDate(evaluation.employeeId, onDate);
    const post = await this.organisation.position(skp.positionId);
    const instansi = await this.organisation.instansiOfUnit(evaluation.unitId);
    const penilai = await this.siasn.penilaiOf(evaluation, skp, onDate);
    const ratingOf = new Map(evaluation.ratings.map((r) => [r.rhkId, r.rating]));
    const stamp = { streamId: evaluationStream(evaluationId), position: evaluation.logPosition!, hash: evaluation.logHash! };
    const pdf = await renderSkpPrint({
      skpId: skp._id,
      instansi: instansi?.name ?? evaluation.instansiId,
      year: evaluation.year,
      period: evaluation.period,
      pegawai: {
        name: employee?.name ?? evaluation.employeeId,
        identifier: employee?.identifier ?? '-',
        golongan: employee && isGolongan(employee.golongan) ? describeGolongan(employee.golongan) : (employee?.golongan ?? '-'),
        jabatan: post?.position.name ?? '-',
        unitKerja: post?.unit.name ?? evaluation.unitId,
      },
      penilai: { name: penilai.nama, identifier: penilai.nipNrp ?? '-', golongan: penilai.golongan ?? '-', jabatan: penilai.jabatan, unitKerja: penilai.unorNama },
      rhk: skp.rhk.map((r) => ({ rhkId: r.rhkId, kategori: r.kategori, rencanaKinerja: r.rencanaKinerja, indikator: r.indikator, rating: ratingOf.get(r.rhkId) ?? null })),
      perilaku: skp.perilaku,
      ratingHasilKerja: evaluation.ratingHasilKerja,
      ratingPerilaku: evaluation.ratingPerilaku,
      predikat: evaluation.predikat,
      explanation: evaluation.explanation,
      corrections: evaluation.corrections,
      closedAt: evaluation.closedAt!,
      stamp,
    });
    await this.views.viewed(actor, 'skpPrint', [{ kind: 'EVALUATION', id: evaluationId, employeeId: evaluation.employeeId, instansiId: evaluation.instansiId }]);
    return {
      evaluationId,
      fileName: `skp-${evaluationId}.pdf`,
      mediaType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
      position: stamp.position,
      hash: stamp.hash,
      stamp: stampOf(stamp),
      verificationCode: verificationCodeOf(stamp),
    };
  }
}
