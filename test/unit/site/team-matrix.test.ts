import { describe, expect, test } from 'vitest';
import type { Mobilised, PhaseView, StakeholderView } from '../../../src/model/view-data.ts';
import { teamMatrix } from '../../../src/site/team-matrix.ts';

const phase = (id: string, team: Mobilised[]) => ({ id, team }) as PhaseView;
const stakeholder = (id: string, phases: string[]) => ({ id, phases: phases.map((item) => ({ phase: item })) }) as StakeholderView;

describe('the matrix of stakeholders and the phases that mobilise them', () => {
  test('phases with a team across, mobilised stakeholders down, person-days added up both ways', () => {
    const matrix = teamMatrix({
      phases: [
        phase('build', [
          { stakeholder: 'tech', role: 'Builds it', personDays: 90 },
          { stakeholder: 'board', role: 'Demo', personDays: 1.5 },
        ]),
        phase('kickoff', []),
        phase('trials', [{ stakeholder: 'farmers', role: 'Try the app', personDays: 16 }, { stakeholder: 'tech' }]),
      ],
      stakeholders: [
        stakeholder('board', ['build']),
        stakeholder('idle', []),
        stakeholder('farmers', ['trials']),
        stakeholder('tech', ['build', 'trials']),
      ],
    });
    expect(matrix).toEqual({
      phases: ['build', 'trials'],
      rows: [
        { stakeholder: 'board', cells: [{ role: 'Demo', personDays: 1.5 }, undefined], personDays: 1.5 },
        { stakeholder: 'farmers', cells: [undefined, { role: 'Try the app', personDays: 16 }], personDays: 16 },
        {
          stakeholder: 'tech',
          cells: [
            { role: 'Builds it', personDays: 90 },
            { role: undefined, personDays: undefined },
          ],
          personDays: 90,
        },
      ],
      totals: { phases: [91.5, 16], all: 107.5 },
    });
  });

  test('without person-days (a view hiding estimates) there are no totals, only roles', () => {
    const matrix = teamMatrix({
      phases: [phase('build', [{ stakeholder: 'tech', role: 'Builds it' }])],
      stakeholders: [stakeholder('tech', ['build'])],
    });
    expect(matrix).toEqual({
      phases: ['build'],
      rows: [{ stakeholder: 'tech', cells: [{ role: 'Builds it', personDays: undefined }], personDays: undefined }],
    });
  });

  test('no phase with a team: no matrix, so no page', () => {
    expect(teamMatrix({ phases: [phase('build', [])], stakeholders: [stakeholder('tech', [])] })).toBeUndefined();
  });
});
