/**
 * Rewrites citations in code comments and API descriptions that point outside this repository
 * (the source manuals, an outside workflow/design page, issue numbers) to the rule ids of
 * docs/domain.md and the clause ids of docs/protocol.md.
 *
 *   node scripts/cite-rules.ts          # dry run: what would change, and what no rule covers
 *   node scripts/cite-rules.ts --write  # rewrite the files, then format them with Biome
 *
 * Rules run in order, most specific first; `when` narrows a rule to lines that mention a topic.
 * Exit code 1 when a citation is left that no rule covers (see the list it prints).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = [
  'booking-core',
  'gateway',
  'simulator',
  'head-unit',
  'conformance',
  'proto/src',
  'proto/test',
  'bin',
  'bench',
  'test',
];
const SELF = fileURLToPath(import.meta.url);
/** Files that quote citations on purpose: this script and the test of its pattern. */
const EXEMPT = new Set([SELF, path.join(ROOT, 'test/docs.test.ts')]);

/** What test/docs.test.ts refuses in code: a citation a reader of this repository cannot follow. */
export const OUTSIDE_CITATION =
  /[Ss]eed 00\d|\.\.\/shared|\/work\/|WORKFLOW\.md|DESIGN(\.md)?\b|STYLE(\.md)?\b|\bissue \d+\b/;

interface Rule {
  find: RegExp;
  to: string;
  when?: RegExp;
}

// Whole-file rules first: citations broken across a comment line.
const FILE_RULES: Rule[] = [
  { find: /\(WORKFLOW\.md "Appointment(\s*\*\s*)statuses"\)/g, to: '(docs/domain.md [ST-2])' },
  { find: /\(\/work\/shared\/WORKFLOW\.md, "Appointment statuses"\)/g, to: '(docs/domain.md [ST-2])' },
  { find: /\(see \/work\/shared\/WORKFLOW\.md, "Appointment statuses"\)/g, to: '(docs/domain.md [ST-2])' },
  { find: /\(DESIGN(\s*\*\s*)"Protocol principles"\)/g, to: '(docs/protocol.md [TOPIC-3])' },
  {
    find: /All Workshop Customers list(\s*\*\s*)\(seed 004\)/g,
    to: 'All Workshop Customers list$1([CUST-9])',
  },
];

const LINE_RULES: Rule[] = [
  // Scenario 4, pre-booking (seed 000)
  { find: /seed 000 steps? 14(: "already entered but editable")?/g, to: '[ST-8]' },
  { find: /seed 000 steps? 11(-12)?/g, to: '[TIME-2]' },
  { find: /seed 000 steps? (2-8|5-8|5-6)/g, to: '[ST-4]' },
  { find: /seed 000 step 9/g, to: '[MSG-1]' },
  { find: /seed 000 step 10/g, to: '[INT-9]' },
  { find: /seed 003 step 33, seed 000 step 23/g, to: '[TIME-6]' },
  { find: /seed 000 step 23/g, to: '[TIME-6]' },
  { find: /\(seed 000, WORKFLOW\.md "Scenarios"\)/g, to: '([SCN-4])' },
  { find: /seed 000/g, to: '[SCN-4]' },
  // Scenario 2, website request and Health Status later (seed 003)
  {
    find: /seed 003 steps? 11( speaks of the list only; step 14 inquires again from there)?/g,
    to: '[LIST-2], [INT-4]',
  },
  { find: /seed 003 steps? 14/g, to: '[TIME-1]' },
  { find: /seed 003 step 10(, "Attention")?/g, to: '[ACT-2]' },
  { find: /seed 003 step 8/g, to: '[ST-2]' },
  { find: /seed 003 steps? (1-3|2)\b/g, to: '[ACT-4]' },
  { find: /seed 003 step 25/g, to: '[MSG-1]' },
  { find: /seed 003 step 29/g, to: '[ST-7]' },
  { find: /seed 003 steps 31-34/g, to: '[TIME-3], [TIME-7]' },
  { find: /seed 003 step 32 "\*"/g, to: '[MSG-4]' },
  { find: /seed 003 step 33/g, to: '[TIME-6]' },
  { find: /seed 003 step 34/g, to: '[TIME-7]' },
  { find: /seed 003 step 37/g, to: '[HIST-2]' },
  { find: /\(seed 003, WORKFLOW\.md "Scenarios"\)/g, to: '([SCN-2])' },
  { find: /Health Status later \(seed 003\)/g, to: 'Health Status later ([SCN-2])' },
  { find: /"Send car data" \(seed 003\)/g, to: '"Send car data" ([SCN-2])' },
  { find: /seed 003/g, to: '[CUST-10]', when: /Health Status|isolation|any dealer/ },
  { find: /seed 003/g, to: '[SCN-2]' },
  // Customer information (seed 002)
  { find: /seed 002 \("Preferred Dealer"\)/g, to: '[CUST-5]' },
  { find: /seed 002 "Booking reminder, days"/g, to: '[CUST-3]' },
  { find: /seed 002 "Contact By"/g, to: '[CUST-2]' },
  { find: /seed 002 "My Volvo Account"/g, to: '[CUST-8]' },
  { find: /seed 002 "Vehicle Relation"/g, to: '[CUST-7]' },
  { find: /seed 002, "Managing customer/g, to: '[CUST-1], "Managing customer' },
  { find: /seed 002: 1 to 4; the seeds give no default/g, to: '[CUST-3]; [INT-6]' },
  { find: /seed 002/g, to: '[CUST-6]', when: /adding a new customer/ },
  { find: /seed 002/g, to: '[CUST-4]', when: /To be able to benefit|preferred dealer: every booking/ },
  { find: /^(\s*\/\/ )\(seed 002\)\. The day is judged/g, to: '$1([CUST-3]). The day is judged' },
  { find: /seed 002/g, to: '[CUST-5]', when: /[Pp]referred|dealer's change|emails the customer, who agrees/ },
  { find: /seed 002/g, to: '[CUST-3]', when: /[Rr]eminder|1 to 4 days/ },
  { find: /seed 002/g, to: '[CUST-2]', when: /[Mm]arketing|booking messages/ },
  { find: /seed 002/g, to: '[CUST-1]' },
  // Lists and statuses (seed 004)
  { find: /seed 004 "All Workshop Customers"/g, to: '[CUST-9]' },
  { find: /working lists \(seed 004\)/g, to: 'working lists ([LIST-1])' },
  { find: /never stored \(seed 004\)/g, to: 'never stored ([LIST-1], [LIST-3])' },
  { find: /Seed 004 names/g, to: 'The status table [ST-2] names' },
  { find: /seed 004 notification icon/g, to: '[LIST-3]' },
  { find: /seed 004's status table/g, to: 'the status table of docs/domain.md [ST-2]' },
  { find: /seed 004, column "to list"/g, to: '[LIST-1]' },
  { find: /not seed-004 icons; our own/g, to: '[LIST-4]' },
  { find: /seed 004/g, to: '[CUST-9]', when: /All Workshop Customers/ },
  { find: /seed 004/g, to: '[LIST-3]', when: /requested a service appointment|notification/ },
  { find: /seed 004/g, to: '[LIST-1]', when: /[Ll]ists?\b/ },
  { find: /seed 004/g, to: '[ST-2]' },
  // The outside workflow page
  { find: /WORKFLOW\.md: build what a driver expects where seeds are silent/g, to: '[INT-1]' },
  { find: /WORKFLOW\.md "Customer website"/g, to: 'docs/domain.md [ACT-4]' },
  { find: /WORKFLOW\.md "History": show the page as it was/g, to: '[HIST-2]' },
  { find: /WORKFLOW\.md "Preferred dealer"/g, to: '[CUST-5]' },
  { find: /WORKFLOW\.md "Time-driven rules"/g, to: 'docs/domain.md [TIME-1]..[TIME-9]' },
  { find: /WORKFLOW\.md's status table/g, to: "docs/domain.md's status table [ST-2]" },
  { find: /Scenario 1 of WORKFLOW\.md/g, to: 'Scenario 1 (docs/domain.md [SCN-1])' },
  { find: /Scenario 1 \(WORKFLOW\.md\)/g, to: 'Scenario 1 ([SCN-1])' },
  { find: /\(WORKFLOW\.md scenarios; /g, to: '(docs/domain.md [SCN-1]..[SCN-4]; ' },
  { find: /WORKFLOW\.md/g, to: '[CUST-4]', when: /preferred dealer/ },
  { find: /WORKFLOW\.md/g, to: '[ACT-3]', when: /cloud connection/ },
  { find: /WORKFLOW\.md/g, to: '[TIME-8]', when: /Health Status/ },
  { find: /WORKFLOW\.md/g, to: 'docs/domain.md' },
  // Design and style notes, and our own issue numbers
  { find: /\(DESIGN\.md, STYLE\.md "What we take" 3\)/g, to: '(README.md "Layout and rules")' },
  { find: /\(STYLE\.md rule 3\)/g, to: '(README.md "Layout and rules")' },
  { find: / \(STYLE: (time|randomness) injected\)/g, to: '' },
  { find: /docs\/protocol\.md, DESIGN "Protocol principles"/g, to: 'docs/protocol.md' },
  { find: /\(DESIGN "Scaling out"\)/g, to: '(docs/operations.md)' },
  { find: /\(DESIGN, aedes notes\)/g, to: '(docs/benchmarks.md)' },
  { find: /DESIGN, aedes notes; /g, to: 'docs/benchmarks.md; ' },
  { find: /; DESIGN\.md\)/g, to: '; docs/benchmarks.md)' },
  { find: /\(DESIGN\.md\)/g, to: '(docs/benchmarks.md)' },
  { find: /\(issue 5: "a reminder/g, to: '([LEDGER-4]: "a reminder' },
  { find: /\(issue 4: "an escalation/g, to: '([TIME-5]: "an escalation' },
  { find: /\(DESIGN\.md, booking-core\/store\)/g, to: '(README.md "Layout and rules")' },
  { find: /is the lead's test in \/work\/main\/test\./g, to: 'is in test/.' },
  { find: / \(issue \d+\)/g, to: '' },
  { find: /\(issue \d+, /g, to: '(' },
  { find: /of issue 6/g, to: 'of docs/benchmarks.md' },
];

function files(dir: string): string[] {
  const full = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const p = path.join(full, name);
    if (name === 'node_modules' || name === 'gen') return [];
    if (statSync(p).isDirectory()) return files(path.relative(ROOT, p));
    return name.endsWith('.ts') && !EXEMPT.has(p) ? [p] : [];
  });
}

export function rewrite(text: string): string {
  let out = text;
  for (const rule of FILE_RULES) out = out.replace(rule.find, rule.to);
  out = out
    .split('\n')
    .map((line) => {
      let l = line;
      for (const rule of LINE_RULES) {
        if (rule.when && !rule.when.test(l)) continue;
        l = l.replace(rule.find, rule.to);
      }
      return l;
    })
    .join('\n');
  // A table named twice after both rules ran: "... of docs/domain.md [ST-2] (docs/domain.md [ST-2])".
  return out.replace(
    /docs\/domain\.md \[ST-2\](\s*\*?\s*)\(docs\/domain\.md \[ST-2\]\)/g,
    'docs/domain.md [ST-2]',
  );
}

if (process.argv[1] === SELF) {
  const write = process.argv.includes('--write');
  const changed: string[] = [];
  const left: string[] = [];
  for (const file of DIRS.flatMap(files)) {
    const before = readFileSync(file, 'utf8');
    const after = rewrite(before);
    if (after !== before) {
      changed.push(file);
      if (write) writeFileSync(file, after);
      const a = before.split('\n');
      const b = after.split('\n');
      for (let i = 0; i < b.length; i += 1) {
        if (a[i] !== b[i]) process.stdout.write(`${path.relative(ROOT, file)}:${i + 1}: ${b[i]?.trim()}\n`);
      }
    }
    after.split('\n').forEach((line, i) => {
      if (OUTSIDE_CITATION.test(line)) left.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  if (write && changed.length > 0) {
    // A shorter citation can let Biome join lines: format what was rewritten.
    spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/@biomejs/biome/bin/biome'), 'check', '--write', ...changed],
      { stdio: 'inherit' },
    );
  }
  process.stdout.write(
    `\n${changed.length} files ${write ? 'rewritten' : 'would change'}; ${left.length} citations no rule covers\n`,
  );
  for (const line of left) process.stdout.write(`  ${line}\n`);
  process.exitCode = left.length > 0 ? 1 : 0;
}
