// Deterministic synthetic backlogs for benchmarks and scale checks:
//   node scripts/bench/synthetic-backlog.ts --stories 5000 --out /tmp/backlog-5000
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScriptArgs } from '../../src/cli/parse-script-args.ts';

const levels = ['public', 'client', 'internal'] as const;
const statuses = ['draft', 'ready', 'in-progress', 'in-review', 'done', 'dropped'];
const priorities = ['must', 'should', 'could', 'wont'];
const tags = ['offline', 'mobile', 'audit', 'export', 'security', 'onboarding', 'performance', 'maps', 'reports', 'sync'];
const words =
  'field plot harvest spraying sowing batch silo audit buyer member farm crop yield parcel report export sync offline photo map season grain vegetable certificate lot delivery'.split(
    ' ',
  );
const stakeholderIds = ['board', 'farmers', 'marketing', 'agronomists', 'buyers', 'tech'];
const phaseCount = 8;
const epicCount = 12;

/** A small seeded generator (mulberry32): the same size always gives the same backlog. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeSyntheticBacklog(dir: string, storyCount: number): void {
  const next = random(storyCount);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const sentence = (length: number) => {
    const text = Array.from({ length }, () => pick(words)).join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  rmSync(dir, { recursive: true, force: true });
  write('project.yaml', `name: Synthetic backlog\nclient: Bench cooperative\nsummary: ${storyCount} generated stories.\nidPrefix: SYN\n`);
  write('views/public.yaml', 'title: Public roadmap\nlevel: public\n');
  write('views/client.yaml', 'title: Client site\nlevel: client\nshow: { estimates: true, costs: true, feedback: true }\n');
  write('views/team.yaml', 'title: Team site\nlevel: internal\nshow: { estimates: true, costs: true, owners: true, feedback: true }\n');
  stakeholderIds.forEach((id, index) =>
    write(
      `stakeholders/${id}.yaml`,
      `name: ${id[0].toUpperCase()}${id.slice(1)}\nkind: ${id === 'tech' ? 'technical' : 'client'}\nvisibility: ${id === 'tech' ? 'internal' : levels[index % 2]}\n`,
    ),
  );
  for (let phase = 1; phase <= phaseCount; phase++) {
    const month = String(phase).padStart(2, '0');
    write(
      `phases/phase-${phase}.md`,
      `---\ntitle: Phase ${phase}\norder: ${phase}\nstart: 2026-${month}-01\nend: 2026-${month}-28\nstatus: ${phase < 3 ? 'done' : phase === 3 ? 'active' : 'planned'}\ngoal: ${sentence(8)}\nbudget: { personDays: ${40 + phase * 5}, cost: ${(40 + phase * 5) * 650} }\nmilestones:\n  - title: Phase ${phase} review\n    date: 2026-${month}-27\n    visibility: ${levels[phase % 3]}\nvisibility: public\n---\n${sentence(30)}\n`,
    );
  }
  for (let epic = 1; epic <= epicCount; epic++) {
    write(
      `epics/epic-${epic}.md`,
      `---\ntitle: Epic ${epic}\nphase: phase-${((epic - 1) % phaseCount) + 1}\nvisibility: ${levels[epic % 3]}\n---\n${sentence(20)}\n`,
    );
  }
  for (let n = 1; n <= storyCount; n++) {
    const phase = Math.min(phaseCount, 1 + Math.floor(((n - 1) / storyCount) * phaseCount));
    const dependencies =
      n > 5 && next() < 0.4
        ? [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => `SYN-${Math.max(1, n - 1 - Math.floor(next() * 20))}`))]
        : [];
    const points = pick([1, 2, 3, 5, 8, 13]);
    const body = [
      sentence(40),
      `- ${sentence(6)}\n- ${sentence(6)}\n- ${sentence(6)}`,
      n % 4 === 0 ? `:::internal\n${sentence(15)}\n:::` : '',
      n % 7 === 0 ? `:::client\n${sentence(15)}\n:::` : '',
      sentence(25),
    ].filter(Boolean);
    write(
      `stories/phase-${phase}/SYN-${n}.md`,
      [
        '---',
        `title: ${sentence(6).slice(0, -1)}`,
        `as: ${pick(['farmer', 'agronomist', 'cooperative manager', 'buyer'])}`,
        `want: to ${sentence(8).toLowerCase().slice(0, -1)}`,
        `soThat: ${sentence(8).toLowerCase().slice(0, -1)}`,
        `status: ${pick(statuses)}`,
        `priority: ${pick(priorities)}`,
        `rank: ${n % 50}`,
        `phase: phase-${phase}`,
        `epic: epic-${1 + (n % epicCount)}`,
        `stakeholders: [${pick(stakeholderIds)}]`,
        dependencies.length ? `dependsOn: [${dependencies.join(', ')}]` : '',
        `estimate: { points: ${points}, personDays: ${points / 2}, cost: ${points * 325} }`,
        'acceptance:',
        `  - ${sentence(7)}`,
        `  - { text: ${sentence(5)}, done: ${next() < 0.5} }`,
        n % 5 === 0
          ? `feedback:\n  - { date: 2026-03-${String(1 + (n % 28)).padStart(2, '0')}, from: farmers, text: ${sentence(9)}, visibility: ${pick(levels)} }`
          : '',
        `owner: ${pick(['Claire', 'Malik', 'Inès', 'Tom'])}`,
        `tags: [${pick(tags)}, ${pick(tags)}]`,
        `visibility: ${levels[n % 3]}`,
        '---',
        body.join('\n\n'),
        '',
      ]
        .filter((line) => line !== '')
        .join('\n') + '\n',
    );
  }
}

if (import.meta.main) {
  const options = parseScriptArgs('node scripts/bench/synthetic-backlog.ts --stories N --out DIR', {
    stories: { type: 'string', default: '1000' },
    out: { type: 'string' },
  });
  const count = Number(options.stories);
  const out = options.out ?? `/tmp/backlog-docs-synthetic-${count}`;
  writeSyntheticBacklog(out, count);
  console.log(`wrote ${count} stories to ${out}`);
}
