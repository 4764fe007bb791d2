import type { CueTable } from './cue-table.ts'

/** Labour (medtop:09000000). */
export const labourCues: CueTable = {
  'medtop:09000000': { strong: 'labor, labour', weak: 'workforce' }, // labor
  'medtop:20000509': { strong: 'employment, hiring, recruitment, job creation', weak: 'jobs' }, // employment
  'medtop:20000512': { strong: 'employees', weak: 'workers, staff' }, // employee
  // wages and benefits
  'medtop:20000518': { strong: 'wages, minimum wage, salaries, pay rise, pay raise, bonuses' },
  'medtop:20000520': { strong: 'social security' }, // social security
  'medtop:20000511': { strong: 'child labour, child labor' }, // child labor
  'medtop:20001276': { strong: 'maternity leave, paternity leave, parental leave' }, // parental leave
  'medtop:20001277': { weak: 'volunteers' }, // volunteering
  'medtop:20000521': { strong: 'labour law, labor law' }, // employment legislation
  // workplace health and safety
  'medtop:20000522': { strong: 'workplace safety, occupational safety, workplace accident' },
  // labor market
  'medtop:20000523': {
    strong: 'labour market, labor market, job market, labour shortage, labor shortage, skilled workers',
  },
  'medtop:20001275': { strong: 'gig economy, gig workers, delivery riders' }, // gig economy
  // labor relations
  'medtop:20000524': { strong: 'collective bargaining, labour relations, industrial relations' },
  'medtop:20000529': { strong: 'labour dispute, labor dispute, pay dispute, wage dispute' }, // labor dispute
  // labor strike
  'medtop:20000530': {
    strong: `
      labor strike, on strike, went on strike, general strike, strike action, striking workers,
      industrial action, picket, picket line
    `,
    // Lawmakers walk out of sessions too.
    weak: 'walk out, walked out, walking out, walkout',
  },
  'medtop:20000531': { strong: 'retirement, retirees, retirement age' }, // retirement
  'medtop:20000532': { strong: 'pension, pensioners' }, // pension
  'medtop:20000533': { strong: 'unemployment, unemployed, jobless, unemployment rate' }, // unemployment
  'medtop:20000535': { strong: 'unemployment benefits, jobless claims' }, // unemployment benefits
  'medtop:20000536': { strong: 'trade union, labour union, labor union, unionists', weak: 'union' }, // unions
}
