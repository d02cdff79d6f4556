/** What modules use: templates, recipient resolvers, and the outbox their reactions enqueue into. */
export { NotificationOutbox } from './notification-outbox';
export type { EnqueueResult, NotificationRequest } from './notification-outbox';
export { NotificationTemplates } from './notification-templates';
export type { NotificationTemplate } from './notification-templates';
export { NotificationRecipients } from './notification-recipients';
export type { EmailAddressee, RecipientResolver } from './notification-recipients';
export type { NotificationParams, RecipientRef } from './notification.decider';
