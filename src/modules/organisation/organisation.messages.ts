import { EnglishMessages, registerEnglishMessages, registerRecordName } from '@kernel/messages';
import { OrganisationRule } from './domain/organisation.rules';

/**
 * English for organisation's rules (chosen by Accept-Language: en; the deciders write Bahasa
 * Indonesia). One entry per code of OrganisationRule: the compiler refuses a missing one.
 */
export const ORGANISATION_ENGLISH: EnglishMessages<typeof OrganisationRule> = {
  [OrganisationRule.INSTANSI_ALREADY_REGISTERED]: 'This instansi is already registered',
  [OrganisationRule.INSTANSI_NOT_FOUND]: 'This instansi is not registered: register the instansi first',
  [OrganisationRule.UNIT_CODE_TAKEN]: 'This unit code is already used in the instansi: choose another code',
  [OrganisationRule.UNIT_NOT_FOUND]: 'The unit kerja does not exist',
  [OrganisationRule.UNIT_DISSOLVED]: 'The unit kerja is dissolved',
  [OrganisationRule.PARENT_UNIT_NOT_FOUND]: 'The parent unit does not exist in this instansi',
  [OrganisationRule.PARENT_UNIT_DISSOLVED]: 'The parent unit is dissolved',
  [OrganisationRule.UNIT_PARENT_KIND_NOT_ALLOWED]: 'A unit of this kind cannot sit under that parent (or needs a parent unit)',
  [OrganisationRule.UNIT_CYCLE]: 'A unit cannot be moved under itself or one of its own sub-units',
  [OrganisationRule.UNIT_HAS_CHILDREN]: 'The unit still has active sub-units: dissolve or move them first',
  [OrganisationRule.UNIT_HAS_POSITIONS]: 'The unit still has active positions: abolish or move them first',
  [OrganisationRule.POSITION_CODE_TAKEN]: 'This position code is already used in the unit: choose another code',
  [OrganisationRule.POSITION_NOT_FOUND]: 'The position (jabatan) does not exist or is abolished',
  [OrganisationRule.POSITION_ALREADY_ABOLISHED]: 'The position is already abolished',
  [OrganisationRule.UNIT_HEAD_ALREADY_EXISTS]: 'The unit already has an active head position: a unit has one head',
  [OrganisationRule.HEAD_JABATAN_MISMATCH]: 'The head of this kind of unit must hold another jenis jabatan',
  [OrganisationRule.POSITION_CAPACITY_STRUCTURAL]: 'A structural post or unit head has exactly one definitive holder: its capacity is always 1',
  [OrganisationRule.POSITION_CAPACITY_INVALID]: 'A position capacity is a whole number from 1 to 100,000',
  [OrganisationRule.POSITION_CAPACITY_BELOW_HOLDERS]: 'The capacity cannot go below the number of definitive holders the position has today',
  [OrganisationRule.POSITION_HELD]: 'The position is still held (definitive or Plt/Plh): transfer them or end their assignments before abolishing it',
};

registerEnglishMessages(ORGANISATION_ENGLISH);
registerRecordName('organisation-instansi-', { id: 'struktur organisasi instansi', en: 'the instansi’s organisation tree' });
