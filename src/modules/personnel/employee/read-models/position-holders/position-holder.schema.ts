import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ActingKind } from '../../domain';

/** Logical collection and projection name: who fills each position, for pejabat penilai resolution. */
export const POSITION_HOLDERS = 'position_holders';

@Schema({ _id: false, versionKey: false })
export class HeldPosition {
  @Prop({ type: String, required: true }) employeeId: string;
  /** First day the employee held the position as far as the record knows (TMT jabatan, else the registration day; or the transfer date). */
  @Prop({ type: String, required: true }) since: string;
}
export const HeldPositionSchema = SchemaFactory.createForClass(HeldPosition);

@Schema({ _id: false, versionKey: false })
export class ActingTerm {
  @Prop({ type: String, required: true }) assignmentId: string;
  @Prop({ type: String, required: true }) employeeId: string;
  @Prop({ type: String, required: true }) kind: ActingKind;
  @Prop({ type: String, required: true }) from: string;
  /** Last day, inclusive: the planned end, or the day the assignment was ended. */
  @Prop({ type: String, required: true }) until: string;
}
export const ActingTermSchema = SchemaFactory.createForClass(ActingTerm);

/**
 * One document per position that anyone holds or acts in. Internal (no GraphQL type): it feeds the
 * organisation module's PositionHolders when `employee.appraisers` and promotions resolve the
 * pejabat penilai. A staff position may have many definitive holders; a head position has one.
 */
@Schema({ versionKey: false })
export class PositionHolder {
  /** The position id. */
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true, index: true }) unitId: string;
  @Prop({ type: [HeldPositionSchema], default: [] }) holders: HeldPosition[];
  @Prop({ type: [ActingTermSchema], default: [] }) acting: ActingTerm[];
  /** Employee ids of `holders` and `acting`, so a projection finds an employee's positions by index. */
  @Prop({ type: [String], default: [], index: true }) employeeIds: string[];
}
export const PositionHolderSchema = SchemaFactory.createForClass(PositionHolder);
