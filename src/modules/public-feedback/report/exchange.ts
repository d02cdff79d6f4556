import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isIsoTimestamp } from '@kernel/calendar-date';
import { isUnitId } from '@kernel/grant-scope';
import { FeedbackReportDoc } from '../read-models/reports';
import { ReportKind, ReportPrivacy, ReportStatus } from './report.vocabulary';

/**
 * The exchange shape for bridging channels (issue 11 item 3): one record per report, the same fields
 * in JSON and CSV, never the reporter's identity. `trackingId` is the id in the channel the record
 * comes from (`channel`), kept on import. The field names follow this project, not a published LAPOR!
 * schema (none was available to check against) [M].
 */
export const EXCHANGE_FIELDS = ['trackingId', 'channel', 'category', 'privacy', 'unitId', 'title', 'body', 'submittedAt', 'status', 'lastFollowUp'] as const;
export type ExchangeRecord = Record<(typeof EXCHANGE_FIELDS)[number], string>;

/** At most this many records per import (the JSON body limit bounds the text as well). */
export const MAX_IMPORT_RECORDS = 500;

export function toExchangeRecord(doc: FeedbackReportDoc): ExchangeRecord {
  const followUps = doc.timeline.filter((t) => t.event === 'FOLLOW_UP');
  return {
    trackingId: doc.trackingId,
    channel: 'AKUNTABEL',
    category: doc.kind,
    privacy: doc.privacy,
    unitId: doc.unitId,
    title: doc.title,
    body: doc.body,
    submittedAt: doc.submittedAt,
    status: doc.status,
    lastFollowUp: followUps.length ? (followUps[followUps.length - 1].note ?? '') : '',
  };
}

export function formatExchange(records: readonly ExchangeRecord[], format: 'JSON' | 'CSV'): string {
  return format === 'JSON' ? JSON.stringify(records, null, 2) : stringify(records as ExchangeRecord[], { header: true, columns: [...EXCHANGE_FIELDS] });
}

export interface ParsedRecord {
  readonly row: number;
  readonly record?: ExchangeRecord;
  readonly problem?: string;
}

const KINDS = new Set<string>([ReportKind.ASPIRASI, ReportKind.PENGADUAN, ReportKind.PERMINTAAN_INFORMASI, ReportKind.WBS, ReportKind.APRESIASI]);
const PRIVACIES = new Set<string>(Object.values(ReportPrivacy));
const STATUSES = new Set<string>(Object.values(ReportStatus));

/** Parses and checks every record; a record with a problem is reported, never half-imported. */
export function parseExchange(content: string, format: 'JSON' | 'CSV'): { records: ParsedRecord[]; error?: string } {
  let raw: unknown;
  try {
    raw = format === 'JSON' ? JSON.parse(content) : parse(content, { columns: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { records: [], error: `Isi ${format} tidak dapat dibaca: ${(error as Error).message.slice(0, 200)}` };
  }
  if (!Array.isArray(raw)) return { records: [], error: 'Isi harus berupa daftar laporan' };
  if (raw.length > MAX_IMPORT_RECORDS) return { records: [], error: `Paling banyak ${MAX_IMPORT_RECORDS} laporan per impor` };
  return { records: raw.map((item, index) => check(item, index + 1)) };
}

function check(item: unknown, row: number): ParsedRecord {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { row, problem: 'bukan objek laporan' };
  const r = item as Record<string, unknown>;
  const text = (name: string) => (typeof r[name] === 'string' ? (r[name] as string).trim() : '');
  const record = Object.fromEntries(EXCHANGE_FIELDS.map((f) => [f, text(f)])) as ExchangeRecord;
  const problems = [
    !/^[\w-]{3,40}$/.test(record.trackingId) && 'trackingId',
    !/^[A-Z][A-Z0-9_]{1,19}$/.test(record.channel) && 'channel',
    !KINDS.has(record.category) && 'category',
    !PRIVACIES.has(record.privacy) && 'privacy',
    record.category === ReportKind.WBS && record.privacy !== ReportPrivacy.RAHASIA && 'privacy (WBS harus RAHASIA)',
    !isUnitId(record.unitId) && 'unitId',
    (record.title.length < 5 || record.title.length > 200) && 'title',
    (record.body.length < 20 || record.body.length > 100_000) && 'body',
    !isIsoTimestamp(record.submittedAt) && 'submittedAt',
    record.status !== '' && !STATUSES.has(record.status) && 'status',
  ].filter((p): p is string => typeof p === 'string');
  return problems.length ? { row, problem: `tidak sah: ${problems.join(', ')}` } : { row, record };
}
