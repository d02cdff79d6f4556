import { EnglishMessages, registerEnglishMessages } from '@kernel/messages';
import { AwardRule } from './award/award.rules';
import { EvaluationRule } from './evaluation/evaluation.rules';
import { ProjectRule } from './project/project.rules';
import { SegmentRule } from './skp/segment.rules';

/**
 * English for performance's rules, chosen by Accept-Language: en (the deciders write Bahasa
 * Indonesia with the specifics; English states the rule). The rule objects added since the catalogue
 * exists each have every code here (the compiler refuses a missing one); PerformanceRule's older
 * codes keep their Indonesian message until they are catalogued.
 */
const PROJECT_ENGLISH: EnglishMessages<typeof ProjectRule> = {
  [ProjectRule.PROJECT_UNKNOWN]: 'This project has not been formed',
  [ProjectRule.PROJECT_EXISTS]: 'This project has already been formed',
  [ProjectRule.PROJECT_NAME_REQUIRED]: 'A project needs a name',
  [ProjectRule.PROJECT_MEMBER_EXISTS]: 'The employee is already a member of this project',
  [ProjectRule.PROJECT_MEMBER_UNKNOWN]: 'The employee is not a member of this project',
  [ProjectRule.PROJECT_MEMBER_OTHER_INSTANSI]: 'Project lead and members come from the project’s own instansi',
  [ProjectRule.PROJECT_MEMBER_NOT_ACTIVE]: 'The project lead or member is not an active employee',
  [ProjectRule.PROJECT_MEMBER_SKP_NOT_APPROVED]: 'A member needs an approved SKP of the project year',
  [ProjectRule.PROJECT_MEMBER_RHK_UNKNOWN]: 'The linked RHK is not on the member’s SKP',
  [ProjectRule.PROJECT_LEAD_IS_MEMBER]: 'The project lead cannot be a member of their own project',
  [ProjectRule.PROJECT_OUTPUT_EXISTS]: 'This output is already defined',
  [ProjectRule.PROJECT_OUTPUT_UNKNOWN]: 'This output is not part of the project',
  [ProjectRule.PROJECT_MILESTONES_REQUIRED]: 'An output needs at least one milestone',
  [ProjectRule.PROJECT_MILESTONE_ID_DUPLICATE]: 'Milestone codes must be unique within an output',
  [ProjectRule.PROJECT_MILESTONE_UNKNOWN]: 'This milestone is not part of the output',
  [ProjectRule.PROJECT_MILESTONE_ALREADY_REACHED]: 'This milestone has already been reported as reached',
  [ProjectRule.PROJECT_MILESTONE_OUTSIDE_YEAR]: 'Milestone dates fall within the project year',
  [ProjectRule.PROJECT_MILESTONE_IN_FUTURE]: 'A milestone can only be reported once reached',
  [ProjectRule.PROJECT_FEEDBACK_REQUIRED]: 'The lead’s rating needs feedback',
};

const AWARD_ENGLISH: EnglishMessages<typeof AwardRule> = {
  [AwardRule.AWARD_NOMINATION_NOT_PENDING]: 'This award nomination is not waiting for a decision',
  [AwardRule.AWARD_NO_LONGER_ELIGIBLE]: 'The closed annual predicates no longer meet the award rule (an evaluation was corrected)',
  [AwardRule.AWARD_BLOCKED_BY_HUKDIS]: 'An award cannot be conferred while a disciplinary sanction is in force',
  [AwardRule.AWARD_DECISION_INCOMPLETE]: 'An award decision needs its date',
};

const EVALUATION_ENGLISH: EnglishMessages<typeof EvaluationRule> = {
  [EvaluationRule.PERIOD_NOT_ENDED]: 'A period can be rated from its last day on, not before it has ended',
};

const SEGMENT_ENGLISH: EnglishMessages<typeof SegmentRule> = {
  [SegmentRule.SKP_SEGMENT_CLOSED]: 'A transfer has already closed this SKP segment',
  [SegmentRule.SKP_SEGMENT_EXISTS]: 'This SKP segment has already been opened',
  [SegmentRule.SKP_SEGMENT_WITHDRAWN]: 'This SKP segment was withdrawn (its transfer was annulled)',
  [SegmentRule.SKP_SEGMENT_NOT_EMPTY]: 'Only an empty draft SKP segment can be withdrawn',
  [SegmentRule.SEGMENT_TMT_OUTSIDE_PERIOD]: 'The transfer TMT falls outside the SKP segment (after its first day, up to its last)',
  [SegmentRule.PERIOD_OUTSIDE_SEGMENT]: 'The evaluation period does not overlap the SKP segment',
  [SegmentRule.ACTIVITY_DATE_OUTSIDE_SEGMENT]: 'The entry date falls outside the SKP segment; log it on the segment covering that day',
};

registerEnglishMessages({ ...PROJECT_ENGLISH, ...AWARD_ENGLISH, ...EVALUATION_ENGLISH, ...SEGMENT_ENGLISH });
