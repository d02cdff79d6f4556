/**
 * The key a list of people is sorted by: the name without academic, professional and religious
 * titles (DOMAIN.md: "dr. …" must not sort after "Z"), case- and accent-insensitive. Leading titles
 * ("dr.", "Ir.", "H.", "Hj.", "Prof. Dr."…) and everything from the first comma (", S.Kom., M.T.")
 * are dropped; what is left is the name as people are filed.
 */
const LEADING_TITLE = /^(?:prof|dr|drg|drh|dra|drs|ir|h|hj|apt|ns|kh|tgk|hc)\.\s*/i;

export function sortableName(name: string): string {
  let rest = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim();
  const comma = rest.indexOf(',');
  if (comma > 0) rest = rest.slice(0, comma);
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(LEADING_TITLE, '');
  }
  return (rest.trim() || name.trim()).toLowerCase().replace(/\s+/g, ' ');
}
