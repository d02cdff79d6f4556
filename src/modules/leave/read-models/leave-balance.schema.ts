import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CarryBasis } from '../record/leave-ledger';
import './leave.enums';

@ObjectType('LeaveYear', { description: 'The cuti tahunan ledger of one year, in working days (a row of the catatan cuti).' })
export class LeaveYearNode {
  @Field(() => Int) year: number;
  @Field({ description: 'False for a year before the record was kept here (from the prior catatan cuti, when given).' }) tracked: boolean;
  @Field({ description: 'False when nothing is known of the year.' }) known: boolean;
  @Field(() => Int) entitlement: number;
  @Field(() => Int) carriedOver: number;
  @Field(() => CarryBasis) carryBasis: CarryBasis;
  @Field(() => Int, { description: 'The most the year may hold, its own entitlement included (18, or 24).' }) cap: number;
  @Field(() => Int, { description: 'Days added for working on cuti bersama by order of the post.' }) cutiBersamaAdded: number;
  @Field(() => Int) taken: number;
  @Field(() => Int, { description: 'Days held by requests still waiting for a step.' }) pending: number;
  @Field({ description: 'Cuti besar was granted this year: its cuti tahunan is forfeited.' }) forfeited: boolean;
  @Field(() => Int, { description: 'What a new request may still use.' }) available: number;
  @Field(() => Int, { description: 'Sisa: left at the end of the year (pending not counted).' }) remaining: number;
  @Field({ description: 'Some cuti tahunan of this year was postponed (DITANGGUHKAN).' }) postponed: boolean;
}

@ObjectType('LeaveBalance', { description: "An employee's cuti tahunan balance for a year, with the catatan cuti N-2, N-1, N of the official form; computed from the leave record's events." })
export class LeaveBalance {
  @Field(() => ID) employeeId: string;
  @Field(() => Int) year: number;
  @Field(() => String, { nullable: true, description: 'PNS or PPPK; null when no leave record is open.' }) employmentType: string | null;
  @Field(() => Int, { nullable: true, description: 'The first year kept here.' }) firstYear: number | null;
  @Field(() => LeaveYearNode) current: LeaveYearNode;
  @Field(() => [LeaveYearNode], { description: 'N-2, N-1, N.' }) catatanCuti: LeaveYearNode[];
}

@ObjectType('LeaveCalendarDay')
export class LeaveCalendarDay {
  @Field() date: string;
  @Field(() => Int, { description: 'Employees of the unit (and below) away on granted leave that day.' }) away: number;
  @Field(() => Int, { description: 'Requests still waiting that cover the day.' }) pending: number;
}

@ObjectType('LeaveCalendarEntry', { description: 'Who is away when: shown by name only to the unit\'s staff and their chain (and ADMIN_BKD/AUDITOR).' })
export class LeaveCalendarEntry {
  @Field(() => ID) requestId: string;
  @Field(() => ID) employeeId: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => ID) unitId: string;
  @Field() startDate: string;
  @Field() endDate: string;
  @Field() status: string;
  @Field(() => String, { nullable: true, description: 'The kind of leave (health may show): the chain, ADMIN_BKD and AUDITOR only; null for colleagues.' }) kind: string | null;
}
