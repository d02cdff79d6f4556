/**
 * Reference data of the working-day calendar: national holidays (hari libur nasional, L) and cuti
 * bersama (CB) per year, from the joint decree (SKB) of the Menteri Agama, Menteri Ketenagakerjaan and
 * MenPANRB of each year and the Keppres on cuti bersama for ASN. Islamic dates can move when the SKB
 * is revised, so each year keeps every published version; the newest applies unless a caller asks
 * for the calendar as it stood on an earlier date. Never edit a published version: add the next one.
 */
export interface HolidayYearVersion {
  readonly year: number;
  /** 1, 2, … in publication order. */
  readonly version: number;
  readonly legalBasis: string;
  /** For a revision (version > 1): the date it was decreed; the calendar as it stood before uses the previous version. */
  readonly revisedOn?: string;
  /** Hari libur nasional, as MM-DD. */
  readonly holidays: readonly string[];
  /** Cuti bersama, as MM-DD: offices of the instansi are closed, ASN annual leave is reduced. */
  readonly cutiBersama: readonly string[];
  /**
   * True for a list not taken from a published SKB: fixed-date holidays, Easter-derived dates, and
   * estimated lunar and lunisolar dates, with no cuti bersama. It keeps deadlines computable across a
   * year boundary before the SKB reaches the reference data; the SKB's list is then added as the next
   * version (never edited in place), and `WorkingDayCalendar.provisionalYears` names what is still
   * an estimate (system status and the operations guide show it).
   */
  readonly provisional?: boolean;
}

const HOLIDAYS_2024 = ['01-01', '02-08', '02-10', '03-11', '03-29', '03-31', '04-10', '04-11', '05-01', '05-09', '05-23', '06-01', '06-17', '07-07', '08-17', '09-16', '12-25'];
const HOLIDAYS_2025 = ['01-01', '01-27', '01-29', '03-29', '03-31', '04-01', '04-18', '04-20', '05-01', '05-12', '05-29', '06-01', '06-06', '06-27', '08-17', '09-05', '12-25'];
const CUTI_BERSAMA_2025 = ['01-28', '03-28', '04-02', '04-03', '04-04', '04-07', '05-13', '05-30', '06-09', '12-26'];
const HOLIDAYS_2026 = ['01-01', '01-16', '02-17', '03-19', '03-21', '03-22', '04-03', '04-05', '05-01', '05-14', '05-27', '05-31', '06-01', '06-16', '08-17', '08-25', '12-25'];

export const HOLIDAY_CALENDAR: readonly HolidayYearVersion[] = [
  {
    year: 2024,
    version: 1,
    legalBasis: 'SKB Menteri Agama, Menaker, MenPANRB No. 855/2023, 3/2023, 4/2023; Keppres 7/2024',
    holidays: HOLIDAYS_2024,
    cutiBersama: ['02-09', '03-12', '04-08', '04-09', '04-12', '04-15', '05-10', '05-24', '06-18', '12-26'],
  },
  {
    year: 2025,
    version: 1,
    legalBasis: 'SKB Menteri Agama, Menaker, MenPANRB No. 1017/2024, 2/2024, 2/2024; Keppres 2/2025',
    holidays: HOLIDAYS_2025,
    cutiBersama: CUTI_BERSAMA_2025,
  },
  {
    year: 2025,
    version: 2,
    legalBasis: 'SKB Menteri Agama, Menaker, MenPANRB No. 933/2025, 1/2025, 3/2025 (revision of 7 Aug 2025: cuti bersama 18 Aug); Keppres 2/2025',
    revisedOn: '2025-08-07',
    holidays: HOLIDAYS_2025,
    cutiBersama: [...CUTI_BERSAMA_2025.slice(0, 9), '08-18', '12-26'],
  },
  {
    year: 2026,
    version: 1,
    legalBasis: 'SKB Menteri Agama, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025; Keppres 42/2025',
    holidays: HOLIDAYS_2026,
    cutiBersama: ['02-16', '03-18', '03-20', '03-23', '03-24', '05-15', '05-28', '12-24'],
  },
  {
    // [M] Not from the SKB 2027, which is not in the reference data yet. Fixed dates: 1 Jan, 1 May,
    // 1 Jun, 17 Aug, 25 Dec. From Easter (28 Mar 2027): Good Friday 26 Mar, Easter 28 Mar, Ascension
    // 6 May. Estimated (lunar/lunisolar, one day either way): Isra Mi'raj 5 Jan, Imlek 6 Feb, Nyepi
    // 8 Mar, Idul Fitri 10–11 Mar, Idul Adha 17 May, Waisak 20 May, 1 Muharram 6 Jun, Maulid 15 Aug.
    year: 2027,
    version: 1,
    provisional: true,
    legalBasis: 'Sementara [M]: perkiraan sebelum SKB Menteri Agama, Menaker, MenPANRB tentang hari libur nasional dan cuti bersama 2027 dimuat',
    holidays: ['01-01', '01-05', '02-06', '03-08', '03-10', '03-11', '03-26', '03-28', '05-01', '05-06', '05-17', '05-20', '06-01', '06-06', '08-15', '08-17', '12-25'],
    cutiBersama: [],
  },
];
