/** The public surface of System: the Nest module serving `systemStatus` and the notification status. */
export { SystemModule } from './system.module';
