import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** Logical collection where the appointment process manager records what became of each appointment. */
export const APPOINTMENT_OUTCOMES = 'appointment_outcomes';

/** One per appointed applicant; shown through `SelectionRound.appointments[].employeeRegistration`. */
@Schema({ versionKey: false })
export class AppointmentOutcome {
  /** The applicant id. */
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true, index: true }) roundId: string;
  @Prop({ type: String, required: true }) employeeId: string;
  @Prop({ type: String, required: true }) status: 'REGISTERED' | 'FAILED';
  @Prop({ type: String, default: null }) rule: string | null;
  @Prop({ type: String, default: null }) message: string | null;
  /** The ApplicantAppointed event this outcome answers. */
  @Prop({ type: String, required: true }) eventId: string;
}
export const AppointmentOutcomeSchema = SchemaFactory.createForClass(AppointmentOutcome);
