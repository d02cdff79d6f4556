import { CompiledTemplate, NotificationTemplates } from './notification-templates';

const progress = new CompiledTemplate({
  name: 'public-feedback.complaint-progress',
  subject: 'Pengaduan {{nomor}}: {{ status }}',
  text: 'Yth. {{nama}},\n\nPengaduan nomor {{nomor}} kini berstatus {{status}}.',
});

describe('notification templates', () => {
  it('renders subject and text with every placeholder filled', () => {
    expect(progress.params).toEqual(['nama', 'nomor', 'status']);
    expect(progress.render({ nomor: 'ADU-7', status: 'SELESAI', nama: 'Bapak Hasan' })).toEqual({
      subject: 'Pengaduan ADU-7: SELESAI',
      text: 'Yth. Bapak Hasan,\n\nPengaduan nomor ADU-7 kini berstatus SELESAI.',
    });
  });

  it('renders numbers', () => {
    const t = new CompiledTemplate({ name: 'x', subject: 'Sisa {{hari}} hari kerja', text: '{{hari}}' });
    expect(t.render({ hari: 3 }).subject).toBe('Sisa 3 hari kerja');
  });

  it('refuses missing and unknown parameters, naming them', () => {
    expect(() => progress.render({ nomor: 'ADU-7', status: 'SELESAI' })).toThrow('missing parameters [nama], unknown parameters []');
    expect(() => progress.check({ nomor: 'ADU-7', status: 'SELESAI', nama: 'x', email: 'x@y' })).toThrow('unknown parameters [email]');
  });

  it('keeps a value that looks like a placeholder literal (one pass, no re-expansion)', () => {
    const rendered = progress.render({ nomor: '{{status}}', status: 'SELESAI', nama: '{{nomor}}' });
    expect(rendered.text).toBe('Yth. {{nomor}},\n\nPengaduan nomor {{status}} kini berstatus SELESAI.');
  });

  it('escapes header injection: line breaks and control characters in a subject value become spaces', () => {
    const rendered = progress.render({ nomor: 'ADU-7\r\nBcc: semua@kota.go.id', status: 'SELESAI\u0000', nama: 'x' });
    expect(rendered.subject).toBe('Pengaduan ADU-7 Bcc: semua@kota.go.id: SELESAI');
    expect(rendered.subject).not.toMatch(/[\r\n\u0000]/);
  });

  it('keeps line breaks in the body, normalised, and drops other control characters', () => {
    const rendered = progress.render({ nomor: 'ADU-7', status: 'SELESAI', nama: 'Ibu\r\nSiti\u0007\tR.' });
    expect(rendered.text.startsWith('Yth. Ibu\nSiti\tR.,')).toBe(true);
  });

  it('shortens an overlong subject', () => {
    const subject = progress.render({ nomor: 'N'.repeat(300), status: 'S', nama: 'x' }).subject;
    expect(subject).toHaveLength(200);
    expect(subject.endsWith('…')).toBe(true);
  });

  it('refuses a template registered twice and names an unknown one', () => {
    const templates = new NotificationTemplates();
    templates.register(progress.template);
    expect(() => templates.register(progress.template)).toThrow('registered twice');
    expect(() => templates.get('nope')).toThrow('No notification template named nope');
  });
});
