/** What modules use of scheduling: deadlines and the working-day calendar. */
export { HOLIDAY_CALENDAR } from './calendar/holidays';
export type { HolidayYearVersion } from './calendar/holidays';
export { CalendarNotCoveredError, jakartaDate, startOfJakartaDay, WorkingDayCalendar, workingDays } from './calendar/working-days';
export type { ClosureKind, IsoDate } from './calendar/working-days';
export type { DeadlineTarget } from './deadlines/deadline.events';
export { DeadlineTargets } from './deadlines/deadline-targets';
export type { DeadlineDispatch, DeadlineTargetHandler } from './deadlines/deadline-targets';
export { deadlineIdFor, Deadlines } from './deadlines/deadlines';
export type { DeadlineCounts, DueRule, ScheduleDeadlineRequest } from './deadlines/deadlines';
export { DeadlineScheduler } from './deadlines/deadline-scheduler';
export { SchedulingModule } from './scheduling.module';
