import { nodeView } from '@infrastructure/graphql/mutations';
import { Skp } from './skps/skp.schema';
import { skpsProjection } from './skps/skps.projection';
import { SkpQuery } from './skps/skps.query';

export const SKP_NODE = nodeView<Skp>('skp', [skpsProjection.name], (id, actor) => new SkpQuery(id, actor));
