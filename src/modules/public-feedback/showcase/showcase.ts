import { assertNever, Decider } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { problem, refuse, refuseIfAny } from '@kernel/rules';
import { FeedbackRule } from '../feedback.rules';

/**
 * What an ASN consents to publish about their own work (DOMAIN.md §1.12: outside the KIP 17h
 * exemption only with consent) — an award or an output, in their own words — withdrawable at any
 * time: the withdrawal removes it from the public view at once. One stream per employee.
 */
export const showcaseStreamPrefix = 'public-feedback-showcase-';
export const showcaseStream = (employeeId: string): string => `${showcaseStreamPrefix}${employeeId}`;

export enum WorkKind {
  /** A penghargaan (award) the ASN received. */
  AWARD = 'AWARD',
  /** A work output (hasil kerja) the ASN wants known. */
  OUTPUT = 'OUTPUT',
}

/** Published entries an employee may have at once (bounded cost of the public list). */
export const MAX_PUBLISHED_ENTRIES = 20;

export type WorkPublicationConsented = DomainEvent<
  'public-feedback.WorkPublicationConsented',
  { employeeId: string; entryId: string; instansiId: string; unitId: string; kind: WorkKind; title: string; description: string; year: number; consentedAt: string }
>;
export type WorkPublicationWithdrawn = DomainEvent<'public-feedback.WorkPublicationWithdrawn', { employeeId: string; entryId: string; instansiId: string; withdrawnAt: string }>;
export type ShowcaseEvent = WorkPublicationConsented | WorkPublicationWithdrawn;

eventRegistry.register([
  { type: 'public-feedback.WorkPublicationConsented', version: 1, description: 'An ASN consented to publish an award or a work output of their own on the portal' },
  { type: 'public-feedback.WorkPublicationWithdrawn', version: 1, description: 'An ASN withdrew a publication of their own work; it left the public view' },
]);

export interface PublishWork {
  readonly type: 'PublishWork';
  readonly employeeId: string;
  readonly entryId: string;
  readonly instansiId: string;
  readonly unitId: string;
  readonly kind: WorkKind;
  readonly title: string;
  readonly description: string;
  readonly year: number;
  readonly at: string;
}
export interface WithdrawWork {
  readonly type: 'WithdrawWork';
  readonly employeeId: string;
  readonly entryId: string;
  readonly at: string;
}
export type ShowcaseCommand = PublishWork | WithdrawWork;

export interface ShowcaseEntry {
  readonly entryId: string;
  readonly instansiId: string;
  readonly kind: WorkKind;
  readonly title: string;
  readonly description: string;
  readonly year: number;
  readonly consentedAt: string;
}
export interface ShowcaseState {
  /** The entries published now (withdrawn ones are gone). */
  readonly entries: readonly ShowcaseEntry[];
}

export const showcaseDecider: Decider<ShowcaseCommand, ShowcaseEvent, ShowcaseState> = {
  initialState: () => ({ entries: [] }),
  evolve(s, e) {
    switch (e.type) {
      case 'public-feedback.WorkPublicationConsented': {
        const { entryId, instansiId, kind, title, description, year, consentedAt } = e.data;
        return { entries: [...s.entries, { entryId, instansiId, kind, title, description, year, consentedAt }] };
      }
      case 'public-feedback.WorkPublicationWithdrawn':
        return { entries: s.entries.filter((x) => x.entryId !== e.data.entryId) };
      default:
        return assertNever(e);
    }
  },
  decide(c, s) {
    if (c.type === 'WithdrawWork') {
      const entry = s.entries.find((x) => x.entryId === c.entryId);
      if (!entry) refuse(FeedbackRule.WORK_ENTRY_NOT_FOUND, `Publikasi ${c.entryId} tidak ada atau sudah ditarik`);
      return [{ type: 'public-feedback.WorkPublicationWithdrawn', data: { employeeId: c.employeeId, entryId: c.entryId, instansiId: entry.instansiId, withdrawnAt: c.at } }];
    }
    refuseIfAny([
      !c.title.trim() && problem(FeedbackRule.TEXT_REQUIRED, 'Judul wajib diisi'),
      !c.description.trim() && problem(FeedbackRule.TEXT_REQUIRED, 'Uraian wajib diisi'),
      s.entries.length >= MAX_PUBLISHED_ENTRIES && problem(FeedbackRule.WORK_ENTRIES_LIMIT, `Paling banyak ${MAX_PUBLISHED_ENTRIES} publikasi sekaligus; tarik yang lama lebih dulu`),
    ]);
    const { employeeId, entryId, instansiId, unitId, kind, title, description, year, at } = c;
    return [{ type: 'public-feedback.WorkPublicationConsented', data: { employeeId, entryId, instansiId, unitId, kind, title: title.trim(), description: description.trim(), year, consentedAt: at } }];
  },
};
