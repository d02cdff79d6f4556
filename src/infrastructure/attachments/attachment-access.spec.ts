import { deciderSpec } from '@kernel/testing/decider-spec';
import { AttachmentAccess } from './attachment-access';
import { attachmentUploadDecider, AttachmentUploaded, RecordUpload } from './attachment-upload.decider';

const hash = 'a'.repeat(64);
const actor = (id: string) => ({ id, roles: [{ role: 'EMPLOYEE', unit: id }] });
const uploaded = (uploadedBy: string): AttachmentUploaded => ({
  type: 'attachments.AttachmentUploaded',
  data: { hash, size: 10, mediaType: 'application/pdf', uploadedBy },
});
const record = (uploadedBy: string): RecordUpload => ({ type: 'RecordUpload', hash, size: 10, mediaType: 'application/pdf', uploadedBy });

describe('attachment upload records', () => {
  const spec = deciderSpec(attachmentUploadDecider);
  it('records the first upload of a hash by an actor', () => spec.given([]).when(record('p-1')).then([uploaded('p-1')]));
  it('records another actor uploading the same bytes', () => spec.given([uploaded('p-1')]).when(record('p-2')).then([uploaded('p-2')]));
  it('records nothing when the same actor uploads again', () => spec.given([uploaded('p-1'), uploaded('p-2')]).when(record('p-1')).then([]));
});

describe('AttachmentAccess', () => {
  const referencedBy = (ids: string[], readers: string[]) => ({
    findReferences: async (h: string) => (h === hash ? ids : []),
    mayRead: async (a: { id: string }, recordId: string) => ids.includes(recordId) && readers.includes(a.id),
  });

  it('lets uploaders read, and nobody else while no record references the file', async () => {
    const access = new AttachmentAccess();
    access.register({ kind: 'm.none', ...referencedBy([], ['p-9']) });
    expect(await access.mayRead(actor('p-1'), hash, ['p-1'])).toBe(true);
    expect(await access.mayRead(actor('p-9'), hash, ['p-1'])).toBe(false);
  });

  it('grants whoever may read any record referencing the file, whichever kind it is', async () => {
    const access = new AttachmentAccess();
    access.register({ kind: 'm.skp', ...referencedBy(['skp-1'], ['atasan']) });
    access.register({ kind: 'm.complaint', ...referencedBy(['c-1'], ['petugas']) });
    expect(await access.mayRead(actor('atasan'), hash, ['p-1'])).toBe(true);
    expect(await access.mayRead(actor('petugas'), hash, ['p-1'])).toBe(true);
    expect(await access.mayRead(actor('p-2'), hash, ['p-1'])).toBe(false);
    expect(await access.mayRead(actor('atasan'), 'b'.repeat(64), ['p-1'])).toBe(false);
  });

  it('refuses a kind registered twice', () => {
    const access = new AttachmentAccess();
    access.register({ kind: 'm.skp', ...referencedBy([], []) });
    expect(() => access.register({ kind: 'm.skp', ...referencedBy([], []) })).toThrow('registered twice');
  });
});
