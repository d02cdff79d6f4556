import { AddFormasiHandler } from './add-formasi/add-formasi.handler';
import { AddFormasiResolver } from './add-formasi/add-formasi.resolver';
import { AnnounceResultsHandler } from './announce-results/announce-results.handler';
import { AnnounceResultsResolver } from './announce-results/announce-results.resolver';
import { AppointApplicantHandler } from './appoint-applicant/appoint-applicant.handler';
import { AppointApplicantResolver } from './appoint-applicant/appoint-applicant.resolver';
import { RetryAppointmentRegistrationHandler } from './retry-appointment-registration/retry-appointment-registration.handler';
import { RetryAppointmentRegistrationResolver } from './retry-appointment-registration/retry-appointment-registration.resolver';
import { AppointPanelMemberHandler } from './appoint-panel-member/appoint-panel-member.handler';
import { AppointPanelMemberResolver } from './appoint-panel-member/appoint-panel-member.resolver';
import { CancelSelectionRoundHandler } from './cancel-selection-round/cancel-selection-round.handler';
import { CancelSelectionRoundResolver } from './cancel-selection-round/cancel-selection-round.resolver';
import { CloseRegistrationHandler } from './close-registration/close-registration.handler';
import { CloseRegistrationResolver } from './close-registration/close-registration.resolver';
import { DeclareConflictOfInterestHandler } from './declare-conflict-of-interest/declare-conflict-of-interest.handler';
import { DeclareConflictOfInterestResolver } from './declare-conflict-of-interest/declare-conflict-of-interest.resolver';
import { OpenSelectionRoundHandler } from './open-selection-round/open-selection-round.handler';
import { OpenSelectionRoundResolver } from './open-selection-round/open-selection-round.resolver';
import { PublishRankingHandler } from './publish-ranking/publish-ranking.handler';
import { PublishRankingResolver } from './publish-ranking/publish-ranking.resolver';
import { SelectionApplicantQueryHandler, SelectionApplicantsQueryHandler } from './read-models/selection-applicants/selection-applicant.query';
import { SelectionApplicantResolver } from './read-models/selection-applicants/selection-applicant.resolver';
import { SelectionRankingQueryHandler } from './read-models/selection-rankings/selection-ranking.query';
import { SelectionRankingResolver } from './read-models/selection-rankings/selection-ranking.resolver';
import { SelectionRoundQueryHandler, SelectionRoundsQueryHandler } from './read-models/selection-rounds/selection-round.query';
import { SelectionRoundResolver } from './read-models/selection-rounds/selection-round.resolver';
import { RecordKnownRelationHandler } from './record-known-relation/record-known-relation.handler';
import { RecordKnownRelationResolver } from './record-known-relation/record-known-relation.resolver';
import { RecordSkdResultHandler } from './record-skd-result/record-skd-result.handler';
import { RecordSkdResultResolver } from './record-skd-result/record-skd-result.resolver';
import { RegisterApplicantHandler } from './register-applicant/register-applicant.handler';
import { RegisterApplicantResolver } from './register-applicant/register-applicant.resolver';

/** One handler and one resolver per use case (folder per use case, file per role). */
export const USE_CASE_PROVIDERS = [
  OpenSelectionRoundHandler,
  OpenSelectionRoundResolver,
  AddFormasiHandler,
  AddFormasiResolver,
  RegisterApplicantHandler,
  RegisterApplicantResolver,
  AppointPanelMemberHandler,
  AppointPanelMemberResolver,
  DeclareConflictOfInterestHandler,
  DeclareConflictOfInterestResolver,
  RecordKnownRelationHandler,
  RecordKnownRelationResolver,
  RecordSkdResultHandler,
  RecordSkdResultResolver,
  CloseRegistrationHandler,
  CloseRegistrationResolver,
  PublishRankingHandler,
  PublishRankingResolver,
  AnnounceResultsHandler,
  AnnounceResultsResolver,
  AppointApplicantHandler,
  AppointApplicantResolver,
  RetryAppointmentRegistrationHandler,
  RetryAppointmentRegistrationResolver,
  CancelSelectionRoundHandler,
  CancelSelectionRoundResolver,
];

export const READ_SIDE_PROVIDERS = [
  SelectionRoundQueryHandler,
  SelectionRoundsQueryHandler,
  SelectionRoundResolver,
  SelectionApplicantQueryHandler,
  SelectionApplicantsQueryHandler,
  SelectionApplicantResolver,
  SelectionRankingQueryHandler,
  SelectionRankingResolver,
];
