import { Args, ArgsType, Field, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { CommandInput } from '@infrastructure/graphql/command-input';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { BadUserInputError, DomainRuleViolation, ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { assertCoordinator, canAudit, isCoordinator } from '../access/feedback-access';
import { formatExchange, parseExchange, toExchangeRecord } from './exchange';
import { ReportService } from './report.service';

export enum ExchangeFormat {
  JSON = 'JSON',
  CSV = 'CSV',
}
registerEnumType(ExchangeFormat, { name: 'ExchangeFormat' });

@ObjectType('ReportExport', { description: 'Reports in the exchange shape (docs/graphql.md, "Bridging channels"), never the reporter identity.' })
class ReportExport {
  @Field(() => ExchangeFormat) format: ExchangeFormat;
  @Field(() => Int) count: number;
  @Field() content: string;
}

@ObjectType('ImportProblem')
class ImportProblem {
  @Field(() => Int, { description: '1-based record number.' }) row: number;
  @Field() problem: string;
}

@ObjectType('ReportImport', { description: 'What an import did: each record imported, recognised as already here, or refused with its reason.' })
class ReportImport {
  @Field(() => Int) imported: number;
  @Field(() => Int, { description: 'Records whose tracking id or text is already here (nothing written).' }) duplicates: number;
  @Field(() => [ImportProblem]) rejected: ImportProblem[];
}

@ArgsType()
class ExportArgs {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => ExchangeFormat) @IsEnum(ExchangeFormat) format: ExchangeFormat;
  @Field(() => Int, { defaultValue: 500, description: 'At most 1000, oldest first.' }) @IsInt() @Min(1) @Max(1000) first: number;
}

@InputType()
export class ImportReportsInput extends CommandInput {
  @Field(() => ID) @IdentifierText() @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi' }) instansiId: string;
  @Field(() => ExchangeFormat) @IsEnum(ExchangeFormat) format: ExchangeFormat;
  @Field({ description: 'The JSON array or the CSV text (header row first), at most 500 records.' }) @MultilineText() @IsString() @Length(2, 200_000) content: string;
}

@Resolver()
export class ExchangeResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => ReportExport, { description: "An instansi's reports of a year in the exchange shape (JSON or CSV) for the national channel; tracking ids kept, no reporter identity. COMPLAINT_OFFICER coordinator or AUDITOR of the instansi." })
  @Roles(Role.COMPLAINT_OFFICER, Role.AUDITOR)
  async exportReports(@Args() args: ExportArgs, @CurrentActor() actor: Actor): Promise<ReportExport> {
    if (!isCoordinator(actor, args.instansiId) && !canAudit(actor, args.instansiId)) throw new ForbiddenError(`Ekspor laporan ${args.instansiId} tidak dalam cakupan Anda`);
    const docs = await this.reports.reports().find({ instansiId: args.instansiId, submittedAt: { $gte: `${args.year - 1}-12-31T17:00:00.000Z`, $lt: `${args.year}-12-31T17:00:00.000Z` } }, { sort: { submittedAt: 1, _id: 1 }, limit: args.first });
    return { format: args.format, count: docs.length, content: formatExchange(docs.map(toExchangeRecord), args.format) };
  }

  @Mutation(() => ReportImport, { description: 'Imports reports from another channel (LAPOR!) in the exchange shape: each becomes a new intake keeping its tracking id; duplicates (tracking id or text already here) are counted, not written; invalid records are listed and skipped. COMPLAINT_OFFICER coordinator of the instansi.' })
  @Roles(Role.COMPLAINT_OFFICER)
  async importReports(@Args('input') input: ImportReportsInput, @CurrentActor() actor: Actor): Promise<ReportImport> {
    assertCoordinator(actor, input.instansiId, 'Mengimpor laporan');
    const parsed = parseExchange(input.content, input.format);
    if (parsed.error) throw new BadUserInputError(parsed.error, { fields: [{ field: 'content', problems: [parsed.error] }] });
    const outcome: ReportImport = { imported: 0, duplicates: 0, rejected: [] };
    const seen = new Set<string>();
    for (const { row, record, problem } of parsed.records) {
      if (!record) {
        outcome.rejected.push({ row, problem: problem! });
        continue;
      }
      if (seen.has(record.trackingId)) {
        outcome.duplicates++;
        continue;
      }
      seen.add(record.trackingId);
      try {
        if ((await this.reports.importRecord(record, input.instansiId, actor)) === 'IMPORTED') outcome.imported++;
        else outcome.duplicates++;
      } catch (error) {
        if (!(error instanceof DomainRuleViolation)) throw error;
        outcome.rejected.push({ row, problem: error.message });
      }
    }
    return outcome;
  }
}
