import { JenisJabatan } from '@modules/organisation';
import { Golongan } from '@modules/shared/golongan';
import { ListedPns } from '../bkd-lists';

/** A PNS as the BKD lists read it: III/c pelaksana since 2020-04, TMT CPNS 2005, S1, born 1980. */
export const listedPns = (employeeId: string, over: Partial<ListedPns> = {}): ListedPns => ({
  employeeId,
  name: `Pegawai ${employeeId}`,
  identifier: `19800101200501100${employeeId.slice(-1)}`,
  birthDate: '1980-01-01',
  tmt: '2005-01-01',
  golongan: Golongan.III_C,
  golonganTmt: '2020-04-01',
  education: 'S1',
  unitId: 'kota-medan.dinkes',
  positionId: 'kota-medan.dinkes.analis',
  jenisJabatan: JenisJabatan.PELAKSANA,
  hukdis: [],
  awards: [],
  pendingAwards: [],
  ...over,
});
