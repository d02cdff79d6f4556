import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { refuse } from '@kernel/rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { describeGolongan, isGolongan } from '../../shared';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { isAllInstansi } from '../access/leave-access';
import { LeaveReadAccess } from '../access/leave-read-access';
import { LeaveRule } from '../leave.rules';
import { GRANTED_STATUSES } from '../policy/leave.vocabulary';
import { LEAVE_REQUESTS, LeaveRequest } from '../read-models/leave-request.schema';
import { leaveRecordStream } from '../record/leave.events';
import { renderSuratIzinCuti, stampOf } from './surat-izin-cuti.pdf';

@ObjectType('SuratIzinCuti', { description: 'The printable leave decision (surat izin cuti) as PDF, stamped with the log position and hash of the decision it reflects.' })
export class SuratIzinCuti {
  @Field(() => ID) requestId: string;
  @Field() fileName: string;
  @Field() mediaType: string;
  @Field({ description: 'The PDF, base64.' }) contentBase64: string;
  @Field(() => Float, { description: 'Log position of the decision event printed on the letter.' }) position: number;
  @Field({ description: 'Hash of that event in the hash chain (verify with `npm run verify`).' }) hash: string;
  @Field({ description: 'The same stamp as the PDF metadata (Subject): `akuntabel:<stream>@<position>#<hash>`.' }) stamp: string;
}

export class SuratIzinCutiQuery extends Query<SuratIzinCuti> {
  constructor(readonly requestId: string, readonly actor: Actor) {
    super();
  }
}

type RequestDoc = LeaveRequest & { _id: string };

@QueryHandler(SuratIzinCutiQuery)
export class SuratIzinCutiQueryHandler implements IQueryHandler<SuratIzinCutiQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly access: LeaveReadAccess,
    private readonly employees: EmployeeDirectory,
    private readonly organisation: OrganisationDirectory,
  ) {}

  async execute({ requestId, actor }: SuratIzinCutiQuery): Promise<SuratIzinCuti> {
    const request = await this.readModels.collection<RequestDoc>(LEAVE_REQUESTS).findById(requestId);
    if (!request) {
      if (isAllInstansi(actor)) refuse(LeaveRule.REQUEST_UNKNOWN, `Permintaan cuti ${requestId} tidak ada`);
      throw new ForbiddenError('Permintaan cuti ini tidak dalam cakupan Anda');
    }
    if ((await this.access.viewOf(actor, request)) !== 'FULL') throw new ForbiddenError('Surat izin cuti: hanya pegawai, pejabat yang memproses, ADMIN_BKD dan AUDITOR');
    const { decision } = request;
    if (!GRANTED_STATUSES.includes(request.status) || !decision || request.decisionPosition === null || !request.decisionHash) {
      refuse(LeaveRule.NOT_APPROVED, `Cuti ${requestId} tidak disetujui (status ${request.status}): tidak ada surat izin cuti`);
    }
    const decidedOn = decision.at.slice(0, 10);
    const employee = await this.employees.onDate(request.employeeId, decidedOn);
    const position = employee ? await this.organisation.position(employee.positionId) : null;
    const instansi = await this.organisation.instansiOfUnit(request.unitId);
    const content = {
      requestId,
      kind: request.kind,
      startDate: request.startDate,
      endDate: request.endDate,
      days: request.days,
      counting: request.counting,
      verdict: decision.verdict,
      decidedAt: decision.at,
      skNumber: decision.skNumber,
      skDate: decision.skDate,
      decidedBy: await this.signatory(decision.by, instansi?.kepalaDaerahTitle ?? 'Pejabat Pembina Kepegawaian', decidedOn),
      employee: {
        name: employee?.name ?? request.employeeId,
        identifier: employee?.identifier ?? '-',
        golongan: employee && isGolongan(employee.golongan) ? describeGolongan(employee.golongan) : (employee?.golongan ?? '-'),
        jabatan: position?.position.name ?? '-',
        unitKerja: position?.unit.name ?? request.unitId,
        instansi: instansi?.name ?? request.instansiId,
      },
      address: request.address,
      consideration: request.consideration ? `${request.consideration.verdict}${request.consideration.reason ? ` — ${request.consideration.reason}` : ''}` : null,
      position: request.decisionPosition!,
      hash: request.decisionHash!,
      streamId: leaveRecordStream(request.employeeId),
    };
    const pdf = await renderSuratIzinCuti(content);
    return {
      requestId,
      fileName: `surat-izin-cuti-${requestId}.pdf`,
      mediaType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
      position: content.position,
      hash: content.hash,
      stamp: stampOf(content),
    };
  }

  private async signatory(by: LeaveRequest['pejabat'], kepalaDaerahTitle: string, onDate: string): Promise<string> {
    if (by.kepalaDaerah) return kepalaDaerahTitle;
    const official = by.employeeId ? await this.employees.onDate(by.employeeId, onDate) : null;
    const post = by.positionId ? await this.organisation.position(by.positionId) : null;
    const prefix = by.acting === 'PLH' ? 'Plh. ' : by.acting === 'PLT' ? 'Plt. ' : '';
    return `${prefix}${post?.position.name ?? ''}${official ? `, ${official.name}` : ''}`.trim();
  }
}
