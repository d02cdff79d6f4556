import { nodeView } from '@infrastructure/graphql/mutations';
import { Skp } from './skps/skp.schema';
import { skpsProjection } from './skps/skps.projection';
import { SkpQuery } from './skps/skps.query';
import { ActivityEntry } from './activities/activity.schema';
import { activitiesProjection } from './activities/activities.projection';
import { ActivityQuery } from './activities/activities.query';

export const SKP_NODE = nodeView<Skp>('skp', [skpsProjection.name], (id, actor) => new SkpQuery(id, actor));
export const ACTIVITY_NODE = nodeView<ActivityEntry>('activity', [activitiesProjection.name], (id, actor) => new ActivityQuery(id, actor));
