import { assertNever, Decider } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { problem, refuse, refuseIfAny } from '@kernel/rules';
import { FeedbackRule } from '../feedback.rules';

/**
 * Forums (issue 11 item 5): a unit opens a topic (e.g. a service that is hard to use), citizens post
 * and reply, every citizen post is moderated (published, or rejected with a reason from a fixed list),
 * the unit answers and records the follow-up actions it takes. One stream per topic.
 */
export const forumStreamPrefix = 'public-feedback-forum-';
export const forumStream = (topicId: string): string => `${forumStreamPrefix}${topicId}`;

export const FORUM_REJECTION_REASONS = ['TIDAK_RELEVAN', 'UJARAN_KEBENCIAN', 'DATA_PRIBADI', 'SPAM', 'BAHASA_TIDAK_PANTAS'] as const;

export type ForumTopicOpened = DomainEvent<'public-feedback.ForumTopicOpened', { topicId: string; unitId: string; instansiId: string; title: string; description: string; openedAt: string }>;
export type ForumPostSubmitted = DomainEvent<
  'public-feedback.ForumPostSubmitted',
  {
    topicId: string;
    postId: string;
    /** The post it replies to, if any. */
    replyTo?: string;
    text: string;
    /** CITIZEN posts wait for moderation; UNIT answers are published at once. */
    author: 'CITIZEN' | 'UNIT';
    submittedAt: string;
  }
>;
export type ForumPostModerated = DomainEvent<'public-feedback.ForumPostModerated', { topicId: string; postId: string; published: boolean; reasonCode?: string; moderatedAt: string }>;
export type ForumFollowUpRecorded = DomainEvent<'public-feedback.ForumFollowUpRecorded', { topicId: string; action: string; recordedAt: string }>;
export type ForumTopicClosed = DomainEvent<'public-feedback.ForumTopicClosed', { topicId: string; closedAt: string }>;
export type ForumEvent = ForumTopicOpened | ForumPostSubmitted | ForumPostModerated | ForumFollowUpRecorded | ForumTopicClosed;

eventRegistry.register([
  { type: 'public-feedback.ForumTopicOpened', version: 1, description: 'A unit opened a forum topic for citizens' },
  { type: 'public-feedback.ForumPostSubmitted', version: 1, description: 'A citizen posted (held for moderation) or the unit answered in a forum topic' },
  { type: 'public-feedback.ForumPostModerated', version: 1, description: 'A citizen forum post was published or rejected with a reason' },
  { type: 'public-feedback.ForumFollowUpRecorded', version: 1, description: 'The unit recorded a follow-up action it took on a forum topic' },
  { type: 'public-feedback.ForumTopicClosed', version: 1, description: 'A forum topic stopped taking posts' },
]);

export type ForumCommand =
  | { type: 'OpenTopic'; topicId: string; unitId: string; instansiId: string; title: string; description: string; at: string }
  | { type: 'Post'; postId: string; replyTo?: string; text: string; author: 'CITIZEN' | 'UNIT'; at: string }
  | { type: 'Moderate'; postId: string; publish: boolean; reasonCode?: string; at: string }
  | { type: 'RecordFollowUp'; action: string; at: string }
  | { type: 'CloseTopic'; at: string };

export interface ForumState {
  readonly status: 'NONE' | 'OPEN' | 'CLOSED';
  readonly topicId: string;
  readonly unitId: string;
  readonly instansiId: string;
  /** postId → PENDING / PUBLISHED / REJECTED. */
  readonly posts: Readonly<Record<string, 'PENDING' | 'PUBLISHED' | 'REJECTED'>>;
}

export const forumDecider: Decider<ForumCommand, ForumEvent, ForumState> = {
  initialState: () => ({ status: 'NONE', topicId: '', unitId: '', instansiId: '', posts: {} }),
  evolve(s, e) {
    switch (e.type) {
      case 'public-feedback.ForumTopicOpened':
        return { ...s, status: 'OPEN', topicId: e.data.topicId, unitId: e.data.unitId, instansiId: e.data.instansiId };
      case 'public-feedback.ForumPostSubmitted':
        return { ...s, posts: { ...s.posts, [e.data.postId]: e.data.author === 'UNIT' ? 'PUBLISHED' : 'PENDING' } };
      case 'public-feedback.ForumPostModerated':
        return { ...s, posts: { ...s.posts, [e.data.postId]: e.data.published ? 'PUBLISHED' : 'REJECTED' } };
      case 'public-feedback.ForumFollowUpRecorded':
        return s;
      case 'public-feedback.ForumTopicClosed':
        return { ...s, status: 'CLOSED' };
      default:
        return assertNever(e);
    }
  },
  decide(c, s) {
    if (c.type === 'OpenTopic') {
      if (s.status !== 'NONE') refuse(FeedbackRule.TOPIC_EXISTS, 'Topik ini sudah dibuka');
      refuseIfAny([(!c.title.trim() || !c.description.trim()) && problem(FeedbackRule.TEXT_REQUIRED, 'Judul dan uraian topik wajib diisi')]);
      return [{ type: 'public-feedback.ForumTopicOpened', data: { topicId: c.topicId, unitId: c.unitId, instansiId: c.instansiId, title: c.title, description: c.description, openedAt: c.at } }];
    }
    if (s.status === 'NONE') refuse(FeedbackRule.TOPIC_NOT_FOUND, 'Topik forum tidak ditemukan');
    switch (c.type) {
      case 'Post':
        refuseIfAny([
          s.status === 'CLOSED' && problem(FeedbackRule.TOPIC_CLOSED, 'Topik ini sudah ditutup'),
          !c.text.trim() && problem(FeedbackRule.TEXT_REQUIRED, 'Isi tulisan wajib diisi'),
          // A reply answers a post everyone can see.
          c.replyTo !== undefined && s.posts[c.replyTo] !== 'PUBLISHED' && problem(FeedbackRule.POST_NOT_FOUND, 'Tulisan yang dibalas tidak ditemukan'),
        ]);
        if (s.posts[c.postId]) return [];
        return [{ type: 'public-feedback.ForumPostSubmitted', data: { topicId: s.topicId, postId: c.postId, ...(c.replyTo ? { replyTo: c.replyTo } : {}), text: c.text, author: c.author, submittedAt: c.at } }];
      case 'Moderate': {
        const current = s.posts[c.postId];
        if (!current) refuse(FeedbackRule.POST_NOT_FOUND, 'Tulisan tidak ditemukan');
        refuseIfAny([
          current !== 'PENDING' && problem(FeedbackRule.TRANSITION_INVALID, `Tulisan sudah ${current === 'PUBLISHED' ? 'tayang' : 'ditolak'}`),
          !c.publish && !(FORUM_REJECTION_REASONS as readonly string[]).includes(c.reasonCode ?? '') && problem(FeedbackRule.REASON_NOT_ALLOWED, `Alasan penolakan harus salah satu dari: ${FORUM_REJECTION_REASONS.join(', ')}`),
          c.publish && c.reasonCode !== undefined && problem(FeedbackRule.REASON_NOT_ALLOWED, 'Penayangan tidak memakai alasan'),
        ]);
        return [{ type: 'public-feedback.ForumPostModerated', data: { topicId: s.topicId, postId: c.postId, published: c.publish, ...(c.reasonCode ? { reasonCode: c.reasonCode } : {}), moderatedAt: c.at } }];
      }
      case 'RecordFollowUp':
        if (!c.action.trim()) refuse(FeedbackRule.TEXT_REQUIRED, 'Uraian tindak lanjut wajib diisi');
        return [{ type: 'public-feedback.ForumFollowUpRecorded', data: { topicId: s.topicId, action: c.action, recordedAt: c.at } }];
      case 'CloseTopic':
        return s.status === 'CLOSED' ? [] : [{ type: 'public-feedback.ForumTopicClosed', data: { topicId: s.topicId, closedAt: c.at } }];
      default:
        return assertNever(c);
    }
  },
};
