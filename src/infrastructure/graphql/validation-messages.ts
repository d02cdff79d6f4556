/**
 * class-validator's default messages are English ("name must be longer than or equal to 2
 * characters"). The validation pipe passes each problem through here: a default message of a known
 * constraint becomes its Bahasa Indonesia sentence; a message a module wrote itself is kept.
 */
const DEFAULTS: readonly [pattern: RegExp, indonesian: (...groups: string[]) => string][] = [
  [/^property (\S+) should not exist$/, (f) => `${f} bukan field yang dikenal; hapus field itu`],
  [/^(\S+) must be longer than or equal to (\d+) and shorter than or equal to (\d+) characters$/, (f, a, b) => `${f} harus ${a}–${b} karakter`],
  [/^(\S+) must be longer than or equal to (\d+) characters$/, (f, n) => `${f} paling sedikit ${n} karakter`],
  [/^(\S+) must be shorter than or equal to (\d+) characters$/, (f, n) => `${f} paling banyak ${n} karakter`],
  [/^(\S+) must match (.+) regular expression$/, (f, re) => `${f} tidak sesuai format yang diminta (${re})`],
  [/^(\S+) must be an integer number$/, (f) => `${f} harus bilangan bulat`],
  [/^(\S+) must be a positive number$/, (f) => `${f} harus bilangan positif`],
  [/^(\S+) must be a number conforming to the specified constraints$/, (f) => `${f} harus berupa angka`],
  [/^(\S+) must not be less than (\S+)$/, (f, n) => `${f} tidak boleh kurang dari ${n}`],
  [/^(\S+) must not be greater than (\S+)$/, (f, n) => `${f} tidak boleh lebih dari ${n}`],
  [/^(\S+) must be one of the following values: (.*)$/, (f, values) => `${f} harus salah satu dari: ${values}`],
  [/^(\S+) should not be empty$/, (f) => `${f} wajib diisi`],
  [/^(\S+) should not be null or undefined$/, (f) => `${f} wajib diisi`],
  [/^(\S+) must contain no more than (\d+) elements$/, (f, n) => `${f} paling banyak ${n} unsur`],
  [/^(\S+) must contain at least (\d+) elements$/, (f, n) => `${f} paling sedikit ${n} unsur`],
  [/^All (\S+)'s elements must be unique$/, (f) => `Unsur ${f} tidak boleh berulang`],
  [/^(\S+) must be an email$/, (f) => `${f} harus alamat e-mail yang sah`],
  [/^(\S+) must be a string$/, (f) => `${f} harus berupa teks`],
  [/^(\S+) must be a boolean value$/, (f) => `${f} harus true atau false`],
  [/^(\S+) must be an array$/, (f) => `${f} harus berupa daftar`],
  [/^(\S+) must be a URL address$/, (f) => `${f} harus alamat URL`],
  [/^(\S+) must be a UUID$/, (f) => `${f} harus UUID`],
  [/^nested property (\S+) must be either object or array$/, (f) => `${f} harus berupa objek atau daftar`],
];

export function inIndonesian(problem: string): string {
  for (const [pattern, indonesian] of DEFAULTS) {
    const match = pattern.exec(problem);
    if (match) return indonesian(...match.slice(1));
  }
  return problem;
}
