import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BadUserInputError } from '@kernel/errors';
import { educationOf, golonganOf, isoDateOf, mapRow } from './import-columns';
import { formatOfFileName, readRows } from './import-file';

describe('bulk import file reading', () => {
  it('reads the shipped sample: every column, riwayat cells split into entries', async () => {
    const rows = await readRows('CSV', readFileSync(join(__dirname, 'sample', 'pegawai-binjai.csv')), 100);
    expect(rows).toHaveLength(6);
    const { fields, history, problems } = mapRow(rows[0]);
    expect(problems).toEqual([]);
    expect(fields).toMatchObject({ identifier: '197703142003121002', name: 'Ir. Bonar Pardede, M.Si.', birthDate: '1977-03-14', sex: 'MALE', tmt: '2003-12-01', golongan: 'IV_A', positionTmt: '2020-01-02', education: 'S2', contacts: { email: 'bonar.pardede@example.go.id', phone: '0812 6000 1002' } });
    expect(history.golongan.map((g) => g.golongan)).toEqual(['III_A', 'III_B', 'III_C', 'III_D']);
    expect(history.golongan[0].legalBasis).toEqual({ skNumber: '813/12/CPNS/2003', skDate: '2003-11-20' });
    expect(history.positions[1]).toEqual({ unitId: 'kota-binjai.bkpsdm-umpeg', positionId: 'kota-binjai.bkpsdm-umpeg.pengelola-kep', tmt: '2012-03-01', legalBasis: { skNumber: '821/44/BKD/2012', skDate: '2012-02-20' } });
    expect(mapRow(rows[1]).history.hukdis).toEqual([
      { hukdisId: 'hd-2015-07', hukdisType: 'TEGURAN_TERTULIS', decidedAt: '2015-07-06', effectiveFrom: '2015-07-13', legalBasis: { skNumber: '862/7/BKD/2015', skDate: '2015-07-06' }, description: 'Tidak masuk kerja tanpa keterangan 3 hari' },
    ]);
  });

  it('normalises SIASN display values and leaves the rest for the rules to name', () => {
    expect([isoDateOf('01-03-1995'), isoDateOf('1/3/1995'), isoDateOf('1995-03-01'), isoDateOf('30-02-1980'), isoDateOf('maret')]).toEqual(['1995-03-01', '1995-03-01', '1995-03-01', '30-02-1980', 'maret']);
    expect([golonganOf('III/b'), golonganOf('iii_b'), golonganOf('IX')]).toEqual(['III_B', 'III_B', 'IX']);
    expect([educationOf('D-III'), educationOf('D3'), educationOf('S-1'), educationOf('SMA'), educationOf('d_iv')]).toEqual(['D_III', 'D_III', 'S1', 'SLTA', 'D_IV']);
    const { problems } = mapRow({ jenisPegawai: 'HONORER', usiaMaksPengangkatan: '70', rwGolongan: 'III/a;III/b|2010-01-01' });
    expect(problems.map((p) => p.rule)).toEqual(['PERSONNEL.VALUE_INVALID', 'PERSONNEL.VALUE_INVALID', 'PERSONNEL.IMPORT_HISTORY_ENTRY_MALFORMED']);
  });

  it('reads semicolon-separated CSV with a BOM, and the first worksheet of an XLSX with date cells', async () => {
    const header = 'nipBaru;nama;tglLahir;jenisKelamin;jenisPegawai;tmtCpns;golRuangAkhir;tmtGolAkhir;unorId;jabatanId;tingkatPendidikan';
    const [csv] = await readRows('CSV', Buffer.from(`\uFEFF${header}\n198609262015051001;Budi;26-09-1986;L;PNS;01-05-2015;III/a;01-04-2021;a.b;a.b.c;S1\n`), 10);
    expect(csv).toMatchObject({ nipBaru: '198609262015051001', nama: 'Budi', golRuangAkhir: 'III/a' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(header.split(';'));
    sheet.addRow(['198609262015051001', 'Budi', new Date(Date.UTC(1986, 8, 26)), 'L', 'PNS', new Date(Date.UTC(2015, 4, 1)), 'III/a', '2021-04-01', 'a.b', 'a.b.c', 'S1']);
    const [xlsx] = await readRows('XLSX', Buffer.from(await workbook.xlsx.writeBuffer()), 10);
    expect(xlsx).toMatchObject({ tglLahir: '1986-09-26', tmtCpns: '2015-05-01', tmtGolAkhir: '2021-04-01' });
  });

  it('refuses a file without the required columns, with too many rows, or that does not parse — before any row', async () => {
    await expect(readRows('CSV', Buffer.from('nipBaru,nama\n1,2\n'), 10)).rejects.toThrow(/Kolom wajib tidak ada: tglLahir/);
    const header = 'nipBaru,nama,tglLahir,jenisKelamin,jenisPegawai,tmtCpns,golRuangAkhir,tmtGolAkhir,unorId,jabatanId,tingkatPendidikan';
    await expect(readRows('CSV', Buffer.from(`${header}\n1\n2\n3\n`), 2)).rejects.toThrow(/Paling banyak 2 baris/);
    await expect(readRows('XLSX', Buffer.from('not a zip'), 2)).rejects.toBeInstanceOf(BadUserInputError);
    expect([formatOfFileName('a.CSV'), formatOfFileName('b.xlsx'), formatOfFileName('c.xls')]).toEqual(['CSV', 'XLSX', null]);
  });
});
