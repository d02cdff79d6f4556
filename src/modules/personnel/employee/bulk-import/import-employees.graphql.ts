import { Args, Context, Field, Float, ID, InputType, Int, Mutation, ObjectType, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { IdentifierText, MultilineText } from '@infrastructure/graphql/text-rules';
import { BadUserInputError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { englishMessage, preferredLanguage } from '@kernel/messages';
import { INSTANSI_ID_PATTERN } from '@kernel/grant-scope';
import { EmployeeImport, ImportRowStatus } from './employee-import';
import { ImportFormat, readRows } from './import-file';

/** One request stays within the JSON body limit (HTTP_JSON_BODY_LIMIT_BYTES, 256 KB) and a bounded cost; bigger files go in batches or through the CLI. */
export const MAX_IMPORT_ROWS_PER_REQUEST = 1000;
const MAX_CONTENT_CHARS = 240_000;

registerEnumType(ImportFormat, { name: 'EmployeeImportFormat', description: 'CSV (UTF-8 text, comma or semicolon separated) or XLSX (first worksheet), header row first.' });
registerEnumType(ImportRowStatus, { name: 'EmployeeImportRowStatus' });

@InputType({ description: 'A file of existing staff (SIASN-style columns, personnel README). ADMIN_BKD of every instansi its rows name.' })
export class ImportEmployeesInput {
  @Field(() => ImportFormat) @IsEnum(ImportFormat, { message: 'format harus CSV atau XLSX' }) format: ImportFormat;

  @MultilineText()
  @Field({ description: `CSV: the file's text; XLSX: the file in base64. At most ${MAX_CONTENT_CHARS} characters and ${MAX_IMPORT_ROWS_PER_REQUEST} data rows.` })
  @IsString()
  @Length(1, MAX_CONTENT_CHARS, { message: `content harus 1–${MAX_CONTENT_CHARS} karakter; berkas yang lebih besar diimpor bertahap atau lewat npm run import` })
  content: string;

  @Field({ description: 'True: write nothing, report what each row would get (default).', defaultValue: true }) @IsBoolean() dryRun: boolean;

  @Field(() => ID, { nullable: true, description: 'Refuse rows of any other instansi (PERSONNEL.IMPORT_OUTSIDE_INSTANSI).' })
  @IsOptional()
  @IdentifierText()
  @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus id instansi seperti kota-medan' })
  instansiId?: string | null;
}

@ObjectType('EmployeeImportProblem')
class EmployeeImportProblem {
  @Field({ description: 'Stable rule code (PERSONNEL.…), or FORBIDDEN for a unit outside your instansi.' }) rule: string;
  @Field() message: string;
}

@ObjectType('EmployeeImportRow')
class EmployeeImportRow {
  @Field(() => Int, { description: 'Data row number: 1 is the first row after the header.' }) row: number;
  @Field({ description: 'NIP / NI PPPK as given.' }) identifier: string;
  @Field(() => ID, { description: 'The record the row is (or would be) imported as, derived from the NIP.' }) employeeId: string;
  @Field(() => ImportRowStatus) status: ImportRowStatus;
  @Field(() => [EmployeeImportProblem], { description: 'Every rule the row fails; empty unless REFUSED.' }) problems: EmployeeImportProblem[];
}

@ObjectType('EmployeeImportRuleCount')
class EmployeeImportRuleCount {
  @Field() rule: string;
  @Field(() => Int) rows: number;
}

@ObjectType('ImportEmployeesPayload', { description: 'What the import did (or, in a dry run, would do) with each row.' })
class ImportEmployeesPayload {
  @Field() dryRun: boolean;
  @Field(() => Int) rowsRead: number;
  @Field(() => Int) imported: number;
  @Field(() => Int, { description: 'Dry run: rows every rule accepts.' }) wouldImport: number;
  @Field(() => Int, { description: 'Rows imported before with the same content: nothing written.' }) alreadyImported: number;
  @Field(() => Int) refused: number;
  @Field(() => [EmployeeImportRuleCount], { description: 'Refused rows per rule code, most frequent first.' }) refusedByRule: EmployeeImportRuleCount[];
  @Field(() => [EmployeeImportRow], { description: 'One entry per data row, in file order.' }) rows: EmployeeImportRow[];
  @Field(() => Float, { description: 'Position of the last event written (0 when none): wait on it to read your writes.' }) position: number;
}

@Resolver()
export class ImportEmployeesResolver {
  constructor(private readonly imports: EmployeeImport) {}

  @Mutation(() => ImportEmployeesPayload, {
    description: `Takes existing staff with their riwayat (golongan, jabatan, pendidikan, hukdis) into the record, each row through the same rules as registerEmployee; a dry run (default) writes nothing. Idempotent per row: a re-run imports nothing twice. At most ${MAX_IMPORT_ROWS_PER_REQUEST} rows. ADMIN_BKD.`,
  })
  @Roles(Role.ADMIN_BKD)
  async importEmployees(@Args('input') input: ImportEmployeesInput, @CurrentActor() actor: Actor, @Context('req') req?: { headers?: Record<string, string | string[] | undefined> }): Promise<ImportEmployeesPayload> {
    const content = input.format === ImportFormat.XLSX ? decodeBase64(input.content) : Buffer.from(input.content, 'utf8');
    const rows = await readRows(input.format, content, MAX_IMPORT_ROWS_PER_REQUEST);
    const report = await this.imports.run(rows, actor, { dryRun: input.dryRun, instansiId: input.instansiId ?? undefined, concurrency: 32 });
    const { outcomes, elapsedMs: _elapsedMs, ...summary } = report;
    // Row problems are data, not errors: they follow Accept-Language here, as errors do in the error mapper.
    const english = preferredLanguage(header(req, 'accept-language')) === 'en';
    const say = (rule: string, message: string) => (english ? (englishMessage(rule) ?? message) : message);
    return { ...summary, refusedByRule: [...summary.refusedByRule], rows: outcomes.map((o) => ({ ...o, problems: o.problems.map((p) => ({ rule: p.rule, message: say(p.rule, p.message) })) })) };
  }
}

function header(req: { headers?: Record<string, string | string[] | undefined> } | undefined, name: string): string | undefined {
  const value = req?.headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

function decodeBase64(content: string): Buffer {
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(content)) throw new BadUserInputError('content XLSX harus base64', { fields: [{ field: 'content', problems: ['bukan base64'] }] });
  return Buffer.from(content, 'base64');
}
