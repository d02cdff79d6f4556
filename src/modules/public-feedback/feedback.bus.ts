import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '@kernel/command-handling';
import { AppreciationConsentInput, AppreciationResolver } from './report/appreciation.graphql';
import { ModerateForumPostInput, OpenForumTopicInput, PostToForumInput, RecordForumFollowUpInput, ForumResolver } from './forum/forum.graphql';
import { DisposeReportInput, FollowUpReportInput, ReplyToReportInput, SubmitFeedbackInput, VerifyReportInput } from './report/report.inputs';
import { ReportResolver } from './report/report.graphql';
import { AnswerSkmSurveyInput, OpenSkmSurveyInput, PublishSkmResultInput, SkmResolver } from './skm/skm.graphql';

/** The feedback mutations a command-bus client (the seed) sends, each with its GraphQL input. */
export interface FeedbackOperations {
  submit: SubmitFeedbackInput;
  verify: VerifyReportInput;
  dispose: DisposeReportInput;
  followUp: FollowUpReportInput;
  reply: ReplyToReportInput;
  consent: AppreciationConsentInput;
  openSurvey: OpenSkmSurveyInput;
  answerSurvey: AnswerSkmSurveyInput;
  publishSurvey: PublishSkmResultInput;
  openTopic: OpenForumTopicInput;
  post: PostToForumInput;
  moderate: ModerateForumPostInput;
  forumFollowUp: RecordForumFollowUpInput;
}
export type FeedbackOperation = { [K in keyof FeedbackOperations]: { readonly op: K; readonly input: FeedbackOperations[K] } }[keyof FeedbackOperations];

/**
 * A feedback mutation over the CommandBus: the context's actor sends it as if through GraphQL, and the
 * handler runs the mutation's own code (the resolver method), so the rules, the authorisation on the
 * loaded state, the proof of work of anonymous callers and the per-address limit are the same.
 * `clientAddress` is the address the per-hour limit counts anonymous writes under (a citizen's client).
 */
export class FeedbackBusCommand extends Command<unknown> {
  constructor(readonly operation: FeedbackOperation, readonly context: CommandContext, readonly clientAddress?: string) {
    super();
  }
}

@CommandHandler(FeedbackBusCommand)
export class FeedbackBusHandler implements ICommandHandler<FeedbackBusCommand> {
  constructor(
    private readonly reports: ReportResolver,
    private readonly appreciations: AppreciationResolver,
    private readonly skm: SkmResolver,
    private readonly forum: ForumResolver,
  ) {}

  execute({ operation, context, clientAddress }: FeedbackBusCommand): Promise<unknown> {
    const actor = context.actor;
    const req = { ip: clientAddress };
    switch (operation.op) {
      case 'submit':
        return this.reports.submitFeedback(operation.input, actor, req);
      case 'verify':
        return this.reports.verifyReport(operation.input, actor);
      case 'dispose':
        return this.reports.disposeReport(operation.input, actor);
      case 'followUp':
        return this.reports.followUpReport(operation.input, actor);
      case 'reply':
        return this.reports.replyToReport(operation.input, actor, req);
      case 'consent':
        return this.appreciations.recordConsent(operation.input, actor);
      case 'openSurvey':
        return this.skm.openSkmSurvey(operation.input, actor);
      case 'answerSurvey':
        return this.skm.answerSkmSurvey(operation.input, actor, req);
      case 'publishSurvey':
        return this.skm.publishSkmResult(operation.input, actor);
      case 'openTopic':
        return this.forum.openForumTopic(operation.input, actor);
      case 'post':
        return this.forum.postToForum(operation.input, actor, req);
      case 'moderate':
        return this.forum.moderateForumPost(operation.input, actor);
      case 'forumFollowUp':
        return this.forum.recordForumFollowUp(operation.input, actor);
    }
  }
}
