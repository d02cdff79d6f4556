import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Command, CommandHandler, ICommandHandler, IQueryHandler, Query as CqrsQuery, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Injectable } from '@nestjs/common';
import { Matches } from 'class-validator';
import { CurrentActor, Roles } from '@infrastructure/auth/decorators';
import { Role } from '@infrastructure/auth/roles';
import { Connection, ConnectionArgs, ConnectionShape, Paginator } from '@infrastructure/graphql/connection';
import { Mutations, nodeView } from '@infrastructure/graphql/mutations';
import { MutationPayload } from '@infrastructure/graphql/payload';
import { IdentifierText } from '@infrastructure/graphql/text-rules';
import { ReadModels } from '@infrastructure/projections/read-models';
import { CommandContext, CommandExecutor, CommandResult } from '@kernel/command-handling';
import { ForbiddenError } from '@kernel/errors';
import { Actor } from '@kernel/events';
import { deriveId } from '@kernel/ids';
import { reasonProblems, refuse, refuseIfAny } from '@kernel/rules';
import { OrganisationDirectory } from '../../organisation';
import { EmployeeDirectory } from '../../personnel';
import { assertTrainingAdmin, canReadInstansi, ownEmployeeIds } from '../access/training-access';
import { PartnerAgreements } from '../partner/partner.graphql';
import { InternshipRule, TrainingRule } from '../training.rules';
import { PersonalDataCipher } from '@infrastructure/subject-keys';
import { InternPersonalData } from './intern-personal-data';
import { InternshipCommand, internshipDecider, InternshipState } from './internship.decider';
import { internshipStream } from './internship.events';
import { AdmitInternInput, AssessInternInput, EraseInternPersonalDataInput, IssueInternCertificateInput, OpenInternshipInput, PlaceInternInput, RecordInternLogbookInput } from './internship.inputs';
import { InternLogbookEntry, Internship, TRAINING_INTERN_LOGBOOK, TRAINING_INTERNSHIPS, trainingInternshipsProjection } from './internship.read-model';

/** The operations, each with its input: the bus command names which one it is (its input is plain data). */
export interface InternshipOperations {
  open: OpenInternshipInput;
  admit: AdmitInternInput;
  place: PlaceInternInput;
  logbook: RecordInternLogbookInput;
  assess: AssessInternInput;
  certify: IssueInternCertificateInput;
  erase: EraseInternPersonalDataInput;
}
export type InternshipOperation = { [K in keyof InternshipOperations]: { readonly op: K; readonly input: InternshipOperations[K] } }[keyof InternshipOperations];

export class InternshipBusCommand extends Command<CommandResult> {
  constructor(readonly operation: InternshipOperation, readonly context: CommandContext) {
    super();
  }
}

const mentorOf = (state: InternshipState, participantId: string) => state.interns[participantId]?.placement?.mentorEmployeeId ?? null;

/**
 * Every internship write: TRAINING_ADMIN of the cohort's instansi runs the cohort; the intern's ASN
 * mentor (an EMPLOYEE grant, sub = their employee id) keeps the logbook and assesses.
 */
@Injectable()
export class InternshipCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly agreements: PartnerAgreements,
    private readonly employees: EmployeeDirectory,
    private readonly organisation: OrganisationDirectory,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async run(operation: InternshipOperation, context: CommandContext): Promise<CommandResult> {
    const at = context.occurredAt;
    if (operation.op === 'open') {
      const { input } = operation;
      assertTrainingAdmin(context.actor, input.instansiId, 'Membuka program magang');
      const { terms, partnerKind } = await this.agreements.withPartner(input.agreementId, input.instansiId);
      if (partnerKind !== 'UNIVERSITAS') refuse(InternshipRule.PARTNER_NOT_UNIVERSITY, 'Magang mahasiswa bekerja sama dengan perguruan tinggi');
      const internshipId = `${input.instansiId}.${input.code.toLowerCase()}`;
      return this.execute(internshipId, { type: 'OpenInternship', internshipId, instansiId: input.instansiId, title: input.title, agreement: terms, from: input.from, until: input.until, at }, context, 'admin');
    }
    const { internshipId, participantId } = operation.input;
    if (operation.op === 'admit') {
      const { input } = operation;
      const state = await this.authorisedAdmin(internshipId, context.actor, 'Menerima peserta magang');
      // The key id derives from the command: a retried admission reuses the key it created.
      const keyId = deriveId('training.intern-key', internshipId, participantId, context.commandId);
      // A known participant is refused by the decider (or recognised as this command's repeat): seal nothing new for it.
      const known = state.interns[participantId];
      const personal: InternPersonalData = { name: input.name, email: input.email ?? null };
      const personalData = known ? { keyId: known.keyId, sealed: '' } : { keyId, sealed: await this.cipher.seal(keyId, personal) };
      return this.execute(internshipId, { type: 'AdmitIntern', participantId, personalData, studyProgram: input.studyProgram, consent: { givenOn: input.consentGivenOn, noticeVersion: input.consentNoticeVersion }, at }, context, 'admin');
    }
    if (operation.op === 'place') {
      const { input } = operation;
      const state = await this.authorisedAdmin(internshipId, context.actor, 'Menempatkan peserta magang');
      const unit = await this.organisation.unit(input.unitId);
      if (!unit || unit.status !== 'ACTIVE' || unit.instansiId !== state.opened?.instansiId) refuse(TrainingRule.UNIT_UNKNOWN, `${input.unitId} bukan unit kerja aktif instansi ini`);
      const mentor = await this.employees.onDate(input.mentorEmployeeId, input.from);
      const mentorIsActiveAsn = mentor !== null && mentor.status === 'AKTIF' && mentor.instansiId === state.opened?.instansiId;
      return this.execute(internshipId, { type: 'PlaceIntern', participantId, unitId: input.unitId, mentorEmployeeId: input.mentorEmployeeId, mentorIsActiveAsn, from: input.from, until: input.until, at }, context, 'admin');
    }
    if (operation.op === 'logbook') {
      const { input } = operation;
      return this.execute(internshipId, { type: 'RecordLogbookEntry', participantId, date: input.date, hours: input.hours, activity: input.activity, recordedBy: context.actor.id, at }, context, 'mentor-or-admin', participantId);
    }
    if (operation.op === 'assess') {
      const { input } = operation;
      return this.execute(internshipId, { type: 'AssessIntern', participantId, assessorId: context.actor.id, score: input.score, notes: input.notes, mentoringHours: input.mentoringHours, at }, context, 'mentor', participantId);
    }
    if (operation.op === 'certify') {
      const { input } = operation;
      return this.execute(internshipId, { type: 'IssueInternCertificate', participantId, certificateNumber: input.certificateNumber, issuedOn: input.issuedOn, at }, context, 'admin');
    }
    if (operation.op !== 'erase') throw new Error(`Unknown internship operation ${(operation as { op: string }).op}`);
    // Erasure: the event first (who, when, why), then the key; a retry completes a crash in between.
    refuseIfAny(reasonProblems(context.reason));
    const result = await this.execute(internshipId, { type: 'EraseInternPersonalData', participantId, at }, context, 'admin');
    const keyId = (result.state as InternshipState).interns[participantId]?.keyId;
    if (keyId) await this.cipher.erase(keyId);
    return result;
  }

  private async authorisedAdmin(internshipId: string, actor: Actor, what: string): Promise<InternshipState> {
    const { state } = await this.executor.load(internshipDecider, internshipStream(internshipId));
    this.assertAdmin(state, actor, what);
    return state;
  }

  private assertAdmin(state: InternshipState, actor: Actor, what: string): void {
    if (!state.opened) {
      if (actor.roles.some((g) => g.role === Role.TRAINING_ADMIN)) return; // the decider says the cohort is unknown
      throw new ForbiddenError(`${what}: memerlukan TRAINING_ADMIN`);
    }
    assertTrainingAdmin(actor, state.opened.instansiId, what);
  }

  private execute(internshipId: string, command: InternshipCommand, context: CommandContext, who: 'admin' | 'mentor' | 'mentor-or-admin', participantId?: string) {
    return this.executor.execute(internshipDecider, internshipStream(internshipId), command, context, {
      authorize: (state, actor) => {
        if (who === 'admin') return this.assertAdmin(state, actor, 'Program magang');
        const mentor = participantId === undefined ? null : mentorOf(state, participantId);
        const selfEmployee = ownEmployeeIds(actor).includes(actor.id);
        // The mentor acts as themselves; for an assessment any other employee is refused by the decider, by rule.
        if (who === 'mentor') {
          if (!selfEmployee || !state.opened) throw new ForbiddenError('Penilaian peserta magang diberikan oleh mentornya');
          return;
        }
        if (!(selfEmployee && mentor === actor.id)) this.assertAdmin(state, actor, 'Mengisi logbook');
      },
    });
  }
}

@CommandHandler(InternshipBusCommand)
export class InternshipBusHandler implements ICommandHandler<InternshipBusCommand> {
  constructor(private readonly internships: InternshipCommands) {}
  execute({ operation, context }: InternshipBusCommand) {
    return this.internships.run(operation, context);
  }
}

export class InternshipQuery extends CqrsQuery<Internship | null> {
  constructor(readonly internshipId: string, readonly actor: Actor) {
    super();
  }
}

/** TRAINING_ADMIN and AUDITOR of the instansi see the cohort with names; a mentor sees their interns only. Nobody else. */
@QueryHandler(InternshipQuery)
export class InternshipQueryHandler implements IQueryHandler<InternshipQuery> {
  constructor(private readonly readModels: ReadModels, private readonly cipher: PersonalDataCipher) {}
  async execute(q: InternshipQuery): Promise<Internship | null> {
    const doc = await this.readModels.collection<Internship>(TRAINING_INTERNSHIPS).findById(q.internshipId);
    if (!doc) return null;
    const full = q.actor.roles.some((g) => (g.role === Role.TRAINING_ADMIN || g.role === Role.AUDITOR) && canReadInstansi({ ...q.actor, roles: [g] }, doc.instansiId));
    const own = ownEmployeeIds(q.actor);
    const interns = full ? doc.interns : doc.interns.filter((i) => i.placement && own.includes(i.placement.mentorEmployeeId) && q.actor.id === i.placement.mentorEmployeeId);
    if (!full && interns.length === 0) throw new ForbiddenError('Program magang ini tidak dalam cakupan Anda');
    const opened = await Promise.all(interns.map(async (i) => ({ ...i, ...((i.erasedAt ? null : await this.cipher.open<InternPersonalData>(i.sealed.keyId, i.sealed.sealed)) ?? { name: null, email: null }) })));
    return { ...doc, interns: opened };
  }
}

const INTERNSHIP_NODE = nodeView<Internship>('internship', [trainingInternshipsProjection.name], (id, actor) => new InternshipQuery(id, actor));
const payload = (name: string) => MutationPayload(name, 'internship', Internship);
const OpenInternshipPayload = payload('OpenInternshipPayload');
const AdmitInternPayload = payload('AdmitInternPayload');
const PlaceInternPayload = payload('PlaceInternPayload');
const RecordInternLogbookPayload = payload('RecordInternLogbookPayload');
const AssessInternPayload = payload('AssessInternPayload');
const IssueInternCertificatePayload = payload('IssueInternCertificatePayload');
const EraseInternPersonalDataPayload = payload('EraseInternPersonalDataPayload');
const InternLogbookConnection = Connection(InternLogbookEntry);

@ArgsType()
class InternLogbookArgs extends ConnectionArgs {
  @Field(() => ID) @IdentifierText() @Matches(/^[a-z0-9][a-z0-9._-]{2,99}$/, { message: 'internshipId must be an internship id' }) internshipId: string;
  @Field(() => ID) @IdentifierText() @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$/, { message: 'participantId must be a participant code' }) participantId: string;
}

@Resolver()
export class InternshipResolver {
  constructor(private readonly mutations: Mutations, private readonly readModels: ReadModels, private readonly pages: Paginator, private readonly queries: QueryBus) {}

  private run(actor: Actor, operation: InternshipOperation, id: string) {
    return this.mutations.run(actor, operation.input, (c) => new InternshipBusCommand(operation, c), INTERNSHIP_NODE, id);
  }

  @Mutation(() => OpenInternshipPayload, { description: 'Opens a magang mahasiswa cohort with a university, under a cooperation agreement in force over its whole period. TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN)
  openInternship(@Args('input') input: OpenInternshipInput, @CurrentActor() actor: Actor) {
    return this.run(actor, { op: 'open', input }, `${input.instansiId}.${input.code.toLowerCase()}`);
  }

  @Mutation(() => AdmitInternPayload, { description: "Admits a student with their consent; name and e-mail are stored only encrypted (erasable). TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  admitIntern(@Args('input') input: AdmitInternInput, @CurrentActor() actor: Actor) {
    return this.run(actor, { op: 'admit', input }, input.internshipId);
  }

  @Mutation(() => PlaceInternPayload, { description: 'Places an intern in a unit kerja with an active ASN mentor. TRAINING_ADMIN of the instansi.' })
  @Roles(Role.TRAINING_ADMIN)
  placeIntern(@Args('input') input: PlaceInternInput, @CurrentActor() actor: Actor) {
    return this.run(actor, { op: 'place', input }, input.internshipId);
  }

  @Mutation(() => RecordInternLogbookPayload, { description: "A day of the intern's logbook. The mentor (EMPLOYEE, sub = mentor) or TRAINING_ADMIN of the instansi." })
  @Roles(Role.EMPLOYEE, Role.TRAINING_ADMIN)
  recordInternLogbook(@Args('input') input: RecordInternLogbookInput, @CurrentActor() actor: Actor) {
    return this.run(actor, { op: 'logbook', input }, input.internshipId);
  }

  @Mutation(() => AssessInternPayload, { description: "The mentor's assessment, with their documented mentoring hours. The mentor only (EMPLOYEE, sub = mentor)." })
  @Roles(Role.EMPLOYEE)
  assessIntern(@Args('input') input: AssessInternInput, @CurrentActor() actor: Actor) {
    return this.run(actor, { op: 'assess', input }, input.internshipId);
  }

  @Mutation(() => IssueInternCertificatePayload, { description: "Issues the completion certificate after the mentor's assessment; the mentor's time is credited as MENTORING JP where the JP policy says so. TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  issueInternCertificate(@Args('input') input: IssueInternCertificateInput, @CurrentActor() actor: Actor) {
    return this.run(actor, { op: 'certify', input }, input.internshipId);
  }

  @Mutation(() => EraseInternPersonalDataPayload, { description: "Erases an intern's personal data (destroys its key; the history stays), with a `reason`. TRAINING_ADMIN of the instansi." })
  @Roles(Role.TRAINING_ADMIN)
  eraseInternPersonalData(@Args('input') input: EraseInternPersonalDataInput, @CurrentActor() actor: Actor) {
    return this.run(actor, { op: 'erase', input }, input.internshipId);
  }

  @Query(() => Internship, { nullable: true, description: 'A cohort with its interns. TRAINING_ADMIN, AUDITOR of the instansi (with names); a mentor sees their own interns.' })
  @Roles(Role.TRAINING_ADMIN, Role.AUDITOR, Role.EMPLOYEE)
  internship(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor): Promise<Internship | null> {
    return this.queries.execute(new InternshipQuery(id, actor));
  }

  @Query(() => InternLogbookConnection, { description: "An intern's logbook, by date. Whoever may see the intern in `internship`." })
  @Roles(Role.TRAINING_ADMIN, Role.AUDITOR, Role.EMPLOYEE)
  async internLogbook(@Args() args: InternLogbookArgs, @CurrentActor() actor: Actor): Promise<ConnectionShape<InternLogbookEntry>> {
    const cohort = await this.queries.execute(new InternshipQuery(args.internshipId, actor));
    if (!cohort || !cohort.interns.some((i) => i.participantId === args.participantId)) throw new ForbiddenError('Logbook ini tidak dalam cakupan Anda');
    return this.pages.paginate(this.readModels.collection<InternLogbookEntry>(TRAINING_INTERN_LOGBOOK), { internshipId: args.internshipId, participantId: args.participantId }, { first: args.first, after: args.after });
  }
}

export const internshipProviders = [InternshipCommands, InternshipBusHandler, InternshipQueryHandler, InternshipResolver];
