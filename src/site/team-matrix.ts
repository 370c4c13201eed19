import type { Mobilised, ViewData } from '../model/view-data.ts';

/** The /teams/ page: who each phase mobilises, stakeholders down, phases across. */
export interface TeamMatrix {
  /** Phases with a team, in roadmap order. */
  phases: string[];
  rows: { stakeholder: string; cells: (Omit<Mobilised, 'stakeholder'> | undefined)[]; personDays?: number }[];
  /** Person-days per phase, and for all of them; absent when no entry has any (the view hides estimates). */
  totals?: { phases: (number | undefined)[]; all: number };
}

/** Undefined when no phase the view shows has a team: the site then has no /teams/ page. */
export function teamMatrix(data: Pick<ViewData, 'phases' | 'stakeholders'>): TeamMatrix | undefined {
  const phases = data.phases.filter((phase) => phase.team.length > 0);
  if (phases.length === 0) return undefined;
  const sum = (values: (number | undefined)[]) =>
    values.some((value) => value !== undefined) ? values.reduce<number>((total, value) => total + (value ?? 0), 0) : undefined;
  const rows = data.stakeholders
    .filter((stakeholder) => stakeholder.phases.length > 0)
    .map((stakeholder) => {
      const cells = phases.map((phase) => {
        const member = phase.team.find((candidate) => candidate.stakeholder === stakeholder.id);
        return member && { role: member.role, personDays: member.personDays };
      });
      return { stakeholder: stakeholder.id, cells, personDays: sum(cells.map((cell) => cell?.personDays)) };
    });
  const perPhase = phases.map((phase) => sum(phase.team.map((member) => member.personDays)));
  const all = sum(perPhase);
  return { phases: phases.map((phase) => phase.id), rows, ...(all === undefined ? {} : { totals: { phases: perPhase, all } }) };
}
