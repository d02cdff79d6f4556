import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { codeOf, GraphqlResponse, TestApi } from './harness';

/**
 * Errors a non-developer can read: Bahasa Indonesia by default, English with `Accept-Language: en`,
 * the same code, rule and extensions in both. One domain rule (appointing before the results are
 * announced), one validation error (a value outside an enum) and one CONFLICT (a stale revision).
 */
describe('Error messages in Bahasa Indonesia, English on Accept-Language (GraphQL over HTTP)', () => {
  let api: TestApi;
  let root: string;
  const EN = { 'accept-language': 'en-US,en;q=0.9' };
  const ROUND = 'cpns-medan-2025';

  const mutation = (name: string) => `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { position } }`;
  const appoint = { roundId: ROUND, applicantId: 'A1', nip: '199805172025032001', tmtCpns: '2025-03-01', golongan: 'III_A' };

  beforeAll(async () => {
    api = await TestApi.start();
    root = await api.token('bkd-root', { role: 'ADMIN_BKD', unit: '*' });
    await api.ok(mutation('registerInstansi'), { input: { instansiId: 'kota-medan', name: 'Pemerintah Kota Medan', kind: 'PEMERINTAH_KOTA', kepalaDaerahTitle: 'Wali Kota' } }, root);
    await api.ok(mutation('createOrgUnit'), { input: { instansiId: 'kota-medan', code: 'DINKES', name: 'Dinas Kesehatan', kind: 'OPD' } }, root);
    await api.ok(mutation('openSelectionRound'), { input: { roundId: ROUND, instansiId: 'kota-medan', year: 2024, name: 'Seleksi CPNS Kota Medan', skdReferenceId: 'SKD-2024' } }, root);
  });
  afterAll(() => api.close());

  /** Sends the operation in Indonesian (no header) and in English; both are refused alike and append nothing. */
  async function inBothLanguages(query: string, variables: Record<string, unknown>): Promise<{ id: GraphqlResponse; en: GraphqlResponse }> {
    const before = await api.events.headPosition();
    const id = await api.gql(query, variables, root);
    const en = await api.gql(query, variables, root, EN);
    expect(await api.appendedSince(before)).toEqual([]);
    expect(codeOf(en)).toBe(codeOf(id));
    const { violations: idViolations, ...idRest } = id.errors![0].extensions;
    const { violations: enViolations, ...enRest } = en.errors![0].extensions;
    expect(enRest).toEqual(idRest);
    expect((enViolations as { rule: string }[] | undefined)?.map((v) => v.rule)).toEqual((idViolations as { rule: string }[] | undefined)?.map((v) => v.rule));
    return { id, en };
  }

  it('a domain rule says what the rule needs: appointing waits for the announced results, not "registration is closed"', async () => {
    const { id, en } = await inBothLanguages(mutation('appointApplicant'), { input: appoint });
    expect(codeOf(id)).toBe('DOMAIN_RULE_VIOLATION');
    expect(id.errors![0].extensions).toMatchObject({ rule: 'PERSONNEL.RESULTS_NOT_ANNOUNCED', phase: 'REGISTRATION_OPEN' });
    expect(id.errors![0].message).toBe('Mengangkat pelamar baru dapat dilakukan setelah hasil akhir diumumkan (announceResults); saat ini pendaftaran masih dibuka');
    expect(id.errors![0].extensions.violations).toEqual([{ rule: 'PERSONNEL.RESULTS_NOT_ANNOUNCED', message: id.errors![0].message }]);
    expect(en.errors![0].message).toBe('Applicants are appointed only after the final results are announced (announceResults)');
    expect(en.errors![0].extensions.violations).toEqual([{ rule: 'PERSONNEL.RESULTS_NOT_ANNOUNCED', message: en.errors![0].message }]);
  });

  it('a value outside an enum is BAD_USER_INPUT naming the field and the allowed values', async () => {
    const input = { roundId: ROUND, memberId: 'M1', name: 'Dra. Hotmaida', role: 'WAKIL' };
    const { id, en } = await inBothLanguages(mutation('appointPanelMember'), { input });
    expect(codeOf(id)).toBe('BAD_USER_INPUT');
    expect(id.errors![0].extensions).toMatchObject({ reason: 'ENUM_VALUE_INVALID', field: 'input.role', value: 'WAKIL', allowedValues: ['ANGGOTA', 'KETUA', 'SEKRETARIS'] });
    expect(id.errors![0].message).toBe('Masukan tidak valid — input.role: nilai "WAKIL" tidak diizinkan: pilih salah satu dari ANGGOTA, KETUA, SEKRETARIS');
    expect(en.errors![0].message).toBe('input.role does not accept "WAKIL": use one of ANGGOTA, KETUA, SEKRETARIS');

    // Written in the document as a string literal: the argument is named, and the quotes are the mistake.
    const literal = await api.gql(`mutation { appointPanelMember(input: { roundId: "${ROUND}", name: "Dra. Hotmaida", role: "KETUA" }) { position } }`, {}, root);
    expect(codeOf(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors![0].extensions).toMatchObject({ reason: 'ENUM_VALUE_INVALID', field: 'role', value: 'KETUA' });
    expect(literal.errors![0].message).toMatch(/^Masukan tidak valid — role: nilai "KETUA" tidak diizinkan: pilih salah satu dari ANGGOTA, KETUA, SEKRETARIS \(nilai enum ditulis tanpa tanda kutip/);
    expect(JSON.stringify(literal)).not.toMatch(/cannot represent|Enum "PanelRole"/);
  });

  it('variables that do not fit the input type name the field in Bahasa Indonesia', async () => {
    const create = mutation('createOrgUnit');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ instansiId: 'kota-medan', code: 'BKPSDM', kind: 'OPD' }, 'input.name', 'input.name wajib diisi (String!)'],
      [{ instansiId: 'kota-medan', code: 'BKPSDM', name: 'BKPSDM', kind: 'OPD', colour: 'biru' }, 'input.colour', 'input.colour bukan field dari CreateOrgUnitInput; hapus field itu'],
      [{ instansiId: 'kota-medan', code: 'BKPSDM', name: 'BKPSDM', kind: 'OPD', expectedRevision: 'dua' }, 'input.expectedRevision', 'input.expectedRevision harus bilangan bulat (32 bit)'],
    ];
    for (const [input, field, problem] of cases) {
      const { id, en } = await inBothLanguages(create, { input });
      expect(codeOf(id)).toBe('BAD_USER_INPUT');
      expect(id.errors![0].message).toBe(`Masukan tidak valid — ${problem}`);
      expect(id.errors![0].extensions.fields).toEqual([{ field, problems: [problem] }]);
      expect(en.errors![0].message).toBe(`Invalid input in: ${field}`);
    }
  });

  it('a CONFLICT names the record that changed and asks for the new revision, without internal stream ids', async () => {
    const rename = mutation('renameOrgUnit');
    await api.ok(rename, { input: { unitId: 'kota-medan.dinkes', name: 'Dinas Kesehatan Kota', expectedRevision: 1 } }, root);
    const { id, en } = await inBothLanguages(rename, { input: { unitId: 'kota-medan.dinkes', name: 'Dinkes', expectedRevision: 1 } });
    expect(codeOf(id)).toBe('CONFLICT');
    expect(id.errors![0].extensions).toMatchObject({ expectedRevision: 1, actualRevision: 2 });
    expect(id.errors![0].message).toBe(
      'Struktur organisasi instansi ini sudah diubah orang lain (sekarang revisi 2, Anda mengirim revisi 1): muat ulang, lalu kirim ulang perubahan dengan expectedRevision terbaru',
    );
    expect(en.errors![0].message).toBe(
      'The instansi’s organisation tree was changed by someone else (it is now at revision 2; you sent revision 1): reload it, then send your change again with the latest expectedRevision',
    );
    for (const response of [id, en]) expect(response.errors![0].message).not.toContain('organisation-instansi-');
  });

  it('over WebSocket, connectionParams["accept-language"] picks the language of a subscription\'s errors', async () => {
    const token = await api.token('emp-1', { role: 'EMPLOYEE' });
    const firstError = async (params: Record<string, string>) => {
      const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}`, ...params } });
      try {
        return await new Promise<{ message: string; extensions: Record<string, unknown> }>((resolve, reject) => {
          client.subscribe({ query: 'subscription { events(after: 0) { position } }' }, {
            next: (result) => (result.errors ? resolve(result.errors[0] as never) : reject(new Error('an employee read the log'))),
            error: (error) => (Array.isArray(error) ? resolve(error[0]) : reject(error)),
            complete: () => reject(new Error('completed without an error')),
          });
        });
      } finally {
        await client.dispose();
      }
    };
    const id = await firstError({});
    const en = await firstError({ 'accept-language': 'en' });
    expect(id.extensions.code).toBe('FORBIDDEN');
    expect(en.extensions).toEqual(id.extensions);
    expect(id.message).toMatch(/^Operasi ini memerlukan/);
    expect(en.message).toMatch(/^This operation needs (one of )?the role/);
  });

  it('Accept-Language that prefers Indonesian, or names neither language, keeps Bahasa Indonesia', async () => {
    for (const header of ['id-ID,id;q=0.9,en;q=0.8', 'fr-FR', 'en;q=0.1,id;q=0.5']) {
      const response = await api.gql(mutation('appointApplicant'), { input: appoint }, root, { 'accept-language': header });
      expect(response.errors![0].message).toMatch(/^Mengangkat pelamar baru dapat dilakukan/);
    }
  });
});
