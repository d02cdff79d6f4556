import { deciderSpec } from '@kernel/testing/decider-spec';
import { ForumEvent, forumDecider } from './forum';

const spec = deciderSpec(forumDecider);
const at = '2026-05-04T03:00:00.000Z';
const opened: ForumEvent = { type: 'public-feedback.ForumTopicOpened', data: { topicId: 't1', unitId: 'kota-medan.disdukcapil', instansiId: 'kota-medan', title: 'Antrean daring', description: 'Apa yang menyulitkan?', openedAt: at } };
const citizen: ForumEvent = { type: 'public-feedback.ForumPostSubmitted', data: { topicId: 't1', postId: 'p1', text: 'Situs sering galat', author: 'CITIZEN', submittedAt: at } };
const published: ForumEvent = { type: 'public-feedback.ForumPostModerated', data: { topicId: 't1', postId: 'p1', published: true, moderatedAt: at } };

describe('forum topics', () => {
  it('a unit opens a topic once', () => {
    spec.given([]).when({ type: 'OpenTopic', topicId: 't1', unitId: 'kota-medan.disdukcapil', instansiId: 'kota-medan', title: 'Antrean daring', description: 'Apa yang menyulitkan?', at }).then([opened]);
    spec.given([opened]).when({ type: 'OpenTopic', topicId: 't1', unitId: 'kota-medan.disdukcapil', instansiId: 'kota-medan', title: 'x', description: 'y', at }).thenViolates('FEEDBACK.TOPIC_EXISTS');
  });

  it('citizen posts wait for moderation; a reply needs a published post; a closed topic takes nothing', () => {
    spec.given([opened]).when({ type: 'Post', postId: 'p1', text: 'Situs sering galat', author: 'CITIZEN', at }).then([citizen]);
    spec.given([opened, citizen]).when({ type: 'Post', postId: 'p2', replyTo: 'p1', text: 'Saya juga', author: 'CITIZEN', at }).thenViolates('FEEDBACK.POST_NOT_FOUND');
    spec.given([opened, citizen, published]).when({ type: 'Post', postId: 'p2', replyTo: 'p1', text: 'Sedang diperbaiki', author: 'UNIT', at }).then([
      { type: 'public-feedback.ForumPostSubmitted', data: { topicId: 't1', postId: 'p2', replyTo: 'p1', text: 'Sedang diperbaiki', author: 'UNIT', submittedAt: at } },
    ]);
    const closed: ForumEvent = { type: 'public-feedback.ForumTopicClosed', data: { topicId: 't1', closedAt: at } };
    spec.given([opened, closed]).when({ type: 'Post', postId: 'p3', text: ' ', author: 'CITIZEN', at }).thenViolates('FEEDBACK.TOPIC_CLOSED', 'FEEDBACK.TEXT_REQUIRED');
  });

  it('moderation publishes, or rejects with a reason from the fixed list, once', () => {
    spec.given([opened, citizen]).when({ type: 'Moderate', postId: 'p1', publish: true, at }).then([published]);
    spec.given([opened, citizen]).when({ type: 'Moderate', postId: 'p1', publish: false, at }).thenViolates('FEEDBACK.REASON_NOT_ALLOWED');
    spec.given([opened, citizen]).when({ type: 'Moderate', postId: 'p1', publish: false, reasonCode: 'DATA_PRIBADI', at }).then([
      { type: 'public-feedback.ForumPostModerated', data: { topicId: 't1', postId: 'p1', published: false, reasonCode: 'DATA_PRIBADI', moderatedAt: at } },
    ]);
    spec.given([opened, citizen, published]).when({ type: 'Moderate', postId: 'p1', publish: false, reasonCode: 'SPAM', at }).thenViolates('FEEDBACK.TRANSITION_INVALID');
    spec.given([opened]).when({ type: 'Moderate', postId: 'nope', publish: true, at }).thenViolates('FEEDBACK.POST_NOT_FOUND');
  });

  it('the unit records follow-up actions', () => {
    spec.given([opened]).when({ type: 'RecordFollowUp', action: 'Server antrean ditambah', at }).then([{ type: 'public-feedback.ForumFollowUpRecorded', data: { topicId: 't1', action: 'Server antrean ditambah', recordedAt: at } }]);
    spec.given([]).when({ type: 'RecordFollowUp', action: 'x', at }).thenViolates('FEEDBACK.TOPIC_NOT_FOUND');
  });
});
