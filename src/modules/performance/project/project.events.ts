import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { Rating } from '../predikat/rating';

export const projectStreamPrefix = 'performance-project-';
export const projectStream = (projectId: string): string => `${projectStreamPrefix}${projectId}`;

/** A planned milestone of a project output. */
export interface ProjectMilestone {
  readonly milestoneId: string;
  readonly title: string;
  /** Planned date (YYYY-MM-DD), within the project year. */
  readonly dueDate: string;
}

/**
 * A tim kerja / proyek (e-Kinerja "Tim Kerja"; the Dinas Kesehatan Kota Medan case): a lead and
 * members from several units of one instansi, working towards outputs of one SKP year.
 */
export type ProjectFormed = DomainEvent<
  'performance.ProjectFormed',
  {
    projectId: string;
    instansiId: string;
    /** The unit that owns the project (the lead's unit on the day it was formed). */
    unitId: string;
    name: string;
    description: string;
    /** The SKP year the members' work is appraised in. */
    year: number;
    /** Ketua tim: rates each member's contribution. */
    leadEmployeeId: string;
    formedBy: string;
    formedAt: string;
  }
>;

/** A member joined, with the RHK of their own SKP the project work serves (where the lead's rating lands). */
export type ProjectMemberAdded = DomainEvent<
  'performance.ProjectMemberAdded',
  {
    projectId: string;
    employeeId: string;
    /** Unit kerja of the member when added (members come from several units). */
    unitId: string;
    /** The member's SKP of the project year and the RHK the project work is linked to. */
    skpId: string;
    rhkId: string;
    /** The member's part in the project, in words (e.g. "analis data surveilans"). */
    peran: string;
    addedBy: string;
    addedAt: string;
  }
>;

/** An output (keluaran) of the project with its planned milestones. */
export type ProjectOutputDefined = DomainEvent<
  'performance.ProjectOutputDefined',
  { projectId: string; outputId: string; title: string; target: string; milestones: ProjectMilestone[]; definedBy: string; definedAt: string }
>;

/** A milestone was reached, with bukti dukung (content hashes of uploaded attachments). */
export type ProjectMilestoneReached = DomainEvent<
  'performance.ProjectMilestoneReached',
  {
    projectId: string;
    outputId: string;
    milestoneId: string;
    /** The day it was reached (YYYY-MM-DD). */
    reachedOn: string;
    note: string;
    /** Bukti dukung: SHA-256 content hashes. */
    evidence: string[];
    reportedBy: string;
    reportedAt: string;
  }
>;

/**
 * The lead rated a member's contribution for a period, with feedback. The rating also lands on the
 * member's SKP (performance.ProjectContributionRecorded), read there by the member and their own
 * appraiser chain; the project's own read model never shows it.
 */
export type ProjectMemberRated = DomainEvent<
  'performance.ProjectMemberRated',
  { projectId: string; employeeId: string; skpId: string; rhkId: string; period: string; rating: Rating; feedback: string; ratedBy: string; ratedAt: string }
>;

export type ProjectEvent = ProjectFormed | ProjectMemberAdded | ProjectOutputDefined | ProjectMilestoneReached | ProjectMemberRated;

eventRegistry.register([
  { type: 'performance.ProjectFormed', version: 1, description: 'A project (tim kerja) was formed in an instansi for an SKP year, with its lead' },
  { type: 'performance.ProjectMemberAdded', version: 1, description: 'An employee (of any unit of the instansi) joined a project, linked to an RHK of their own SKP' },
  { type: 'performance.ProjectOutputDefined', version: 1, description: 'An output of a project was defined with its planned milestones' },
  { type: 'performance.ProjectMilestoneReached', version: 1, description: 'A project milestone was reached, with bukti dukung' },
  { type: 'performance.ProjectMemberRated', version: 1, description: "The project lead rated a member's contribution for a period, with feedback (it lands on the member's SKP)" },
]);
