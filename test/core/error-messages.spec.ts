import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import '@kernel/kernel-messages';
import { hasEnglishMessage } from '@kernel/messages';
import '@modules/personnel/personnel.messages';
import '@modules/organisation/organisation.messages';
import '@modules/performance/performance.messages';

/**
 * Errors a non-developer can read: personnel and organisation (with the shared identifier rules and
 * the kernel's input rules) decide their messages in Bahasa Indonesia, and every rule code they
 * declare has an English sentence in the catalogue (kernel/messages.ts). A new rule without an
 * English entry, or a message written in English again, fails here.
 */
const ROOT = join(__dirname, '../..');
const SCANNED_DIRS = ['src/modules/personnel', 'src/modules/organisation'];
const SCANNED_FILES = ['src/modules/shared/nip.ts', 'src/modules/shared/nik.ts', 'src/modules/shared/legal-basis.ts', 'src/kernel/rules.ts', 'src/kernel/command-handling.ts', 'src/kernel/claims/claims.ts', 'src/kernel/idempotency.ts', 'src/modules/performance/project/project.rules.ts', 'src/modules/performance/project/project.decider.ts', 'src/modules/performance/project-commands/project-commands.ts', 'src/modules/performance/award/award.rules.ts', 'src/modules/performance/award/award.decider.ts', 'src/modules/performance/award/award-commands.ts', 'src/modules/performance/evaluation/evaluation.rules.ts', 'src/modules/performance/evaluation/evaluation.decider.ts', 'src/modules/performance/skp/periods.ts'];
const RULE_CODE = /^[A-Z]+\.[A-Z0-9_]+$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.includes('.messages.') ? [path] : [];
  });
}

const files = [...SCANNED_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))), ...SCANNED_FILES.map((file) => join(ROOT, file))];

/** Every stable rule code the scanned files export: the values of `*Rule` objects and single `PERSONNEL.…` constants. */
function declaredRuleCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of files.filter((f) => /Rule = \{|export const [A-Z_]+ = '[A-Z]+\.[A-Z0-9_]+'/.test(readFileSync(f, 'utf8')))) {
    for (const [name, value] of Object.entries(require(file) as Record<string, unknown>)) {
      const values = typeof value === 'string' ? [value] : /Rule$/.test(name) && value && typeof value === 'object' ? Object.values(value) : [];
      for (const code of values) if (typeof code === 'string' && RULE_CODE.test(code)) codes.set(code, `${relative(ROOT, file)} (${name})`);
    }
  }
  return codes;
}

/**
 * The message literals of the scanned files: string and template literals inside the arguments of
 * problem/refuse/unless and the AppError constructors, and after `message:`. Interpolations are
 * dropped; the rest is what a person reads.
 */
function messageLiterals(): { file: string; text: string }[] {
  const calls = /(?:\b(?:problem|refuse|unless|DomainRuleViolation|NotFoundError|ForbiddenError|BadUserInputError|ConflictError|UnauthenticatedError|ServiceUnavailableError)\(|\bmessage:)/g;
  const literal = /`((?:[^`\\]|\\.)*)`|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  return files.flatMap((file) => {
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const found: { file: string; text: string }[] = [];
    for (const call of source.matchAll(calls)) {
      const window = source.slice(call.index! + call[0].length, call.index! + call[0].length + 400);
      let depth = 0;
      let end = window.length;
      for (let i = 0; i < window.length; i++) {
        if ('([{'.includes(window[i])) depth++;
        if (')]}'.includes(window[i])) depth--;
        if (depth < 0 || (call[0] === 'message:' && depth === 0 && window[i] === ',')) {
          end = i;
          break;
        }
      }
      for (const m of window.slice(0, end).matchAll(literal)) {
        const text = (m[1] ?? m[2] ?? m[3]).replace(/\$\{[^}]*\}/g, '…');
        if (/[a-z]{3,} [a-z]{2,}/i.test(text)) found.push({ file: relative(ROOT, file), text });
      }
    }
    return found;
  });
}

/** Sentence starters and function words of the English messages this catalogue replaced; Indonesian messages use none of them. */
const ENGLISH = /^(No|The|A|An|This|Only|Not|Required|Give|Too many|Overlaps|Effective|Employee|Applicant|Position|Parent|Quota|Panel|Nomination|Disciplinary|Acting)\b|\b(is|are|was|must|cannot|already|does|needs|not|the|of|in this|no longer|requires|accepts|precedes)\b/;

describe('Error messages for people (Bahasa Indonesia by default, English from the catalogue)', () => {
  const codes = declaredRuleCodes();

  it('finds the rule objects of personnel, organisation and the shared identifiers', () => {
    expect(codes.size).toBeGreaterThan(120);
    for (const code of ['PERSONNEL.RESULTS_NOT_ANNOUNCED', 'PERSONNEL.KP_PREDIKAT_BELOW_BAIK', 'PERSONNEL.POSITION_HELD', 'PERSONNEL.NIK_FORMAT', 'PERSONNEL.FIELD_REQUIRED']) {
      expect(codes.has(code)).toBe(true);
    }
  });

  it('has an English sentence for every rule code they declare', () => {
    const missing = [...codes].filter(([code]) => !hasEnglishMessage(code)).map(([code, where]) => `${code} — ${where}`);
    expect(missing).toEqual([]);
  });

  it('decides every message in Bahasa Indonesia (no English sentence in a decider or an error path)', () => {
    const literals = messageLiterals();
    expect(literals.length).toBeGreaterThan(100);
    const english = literals.filter(({ text }) => ENGLISH.test(text)).map(({ file, text }) => `${file}: ${text}`);
    expect(english).toEqual([]);
  });

  it('would notice an English message (the heuristic itself)', () => {
    for (const text of ['No unit kerja …', 'AppointApplicant is not possible: registration is closed', 'Position … belongs to …, not to …', 'Quota must be a whole number ≥ 1']) {
      expect(ENGLISH.test(text)).toBe(true);
    }
    for (const text of ['Unit kerja … tidak ada', 'Mengangkat pelamar baru dapat dilakukan setelah hasil akhir diumumkan', 'Jabatan … milik unit …, bukan …']) {
      expect(ENGLISH.test(text)).toBe(false);
    }
  });
});
