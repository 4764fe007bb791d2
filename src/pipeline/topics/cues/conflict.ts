import type { CueTable } from './cue-table.ts'

/** Conflict, war and peace (medtop:16000000). */
export const conflictCues: CueTable = {
  // conflict, war and peace
  'medtop:16000000': { strong: 'conflict, peace', weak: 'hostilities, bloodshed, violence' },
  // act of terror
  'medtop:20000053': {
    strong: `
      act of terror, terror attack, terrorist attack, suicide attack, militant attack,
      claimed responsibility, jihadist
    `,
    weak: 'terror, militant, extremists, beheading',
  },
  // terrorist bombings
  'medtop:20000055': {
    strong: `
      terrorist bombing, suicide bombing, suicide bomber, bomb blast, car bomb, roadside bomb,
      improvised explosive, ied
    `,
    weak: 'blast, bombing',
  },
  'medtop:20000054': { strong: 'bioterrorism, anthrax attack' }, // act of bioterrorism
  // terrorism
  'medtop:20000103': {
    strong: `
      terrorism, terrorist, terroristic, counterterrorism, counter terrorism, anti-terrorism,
      terror group, terrorist group, terrorist organisation, terrorist organization,
      terror financing, militant group, militancy, extremism, violent extremism, radicalisation,
      radicalization
    `,
    weak: 'islamic state, isis, isil, daesh, al-qaeda, al-shabaab, boko haram',
  },
  // armed conflict
  'medtop:20000056': {
    strong: `
      armed conflict, fighting, clashes, airstrike, air strike, drone strike, missile strike,
      shelling, military operation, military offensive, armed groups, militia, gunbattle
    `,
    weak: 'offensive, frontline, front line, killed in attacks',
  },
  'medtop:20000062': { strong: 'war, wartime, warfare, invasion' }, // war
  'medtop:20000063': { strong: 'civil war' }, // civil war
  // guerrilla activity
  'medtop:20000057': { strong: 'guerrilla, insurgent, insurgency, rebels, rebel group' },
  // international military intervention
  'medtop:20000058': { strong: 'military intervention, foreign troops, coalition forces, troop withdrawal' },
  'medtop:20000059': { strong: 'peacekeepers, peacekeeping, peacekeeping mission' }, // peacekeeping force
  // military occupation
  'medtop:20000060': {
    strong: 'military occupation, occupied territories, occupying forces, annexation',
    weak: 'occupation',
  },
  'medtop:20000065': { strong: 'unrest, civil unrest', weak: 'turmoil, tear gas' }, // civil unrest
  // demonstration
  'medtop:20000066': {
    strong: `
      protest, protesters, protestors, demonstration, demonstrators, rally, sit-in, dharna,
      hunger strike, marchers
    `,
  },
  'medtop:20000067': { strong: 'rebellion, uprising, revolt, mutiny' }, // rebellion
  'medtop:20000068': { strong: 'revolution, revolutionary' }, // revolution
  'medtop:20000069': { strong: 'riot, rioting, rioters' }, // riot
  'medtop:20000070': { strong: 'coup, coup attempt, putsch, junta', weak: 'martial law' }, // coup d'etat
  'medtop:20000071': { strong: 'massacre, massacred' }, // massacre
  'medtop:20000072': { strong: 'genocide, ethnic cleansing' }, // genocide
  // peace process
  'medtop:20000073': {
    strong: 'peace process, ceasefire, cease-fire, truce, armistice, peace deal, peace agreement',
    weak: 'reconciliation',
  },
  'medtop:20000076': { strong: 'peace talks, peace negotiations' }, // peace talks
  'medtop:20000075': { strong: 'peace plan, peace proposal' }, // peace plan
  'medtop:20000074': { strong: 'peace envoy' }, // peace envoy
  'medtop:20000077': { strong: 'post-war reconstruction', weak: 'reconstruction' }, // post-war reconstruction
  // disarmament
  'medtop:20000078': {
    strong: 'disarmament, demilitarisation, demilitarization, arms control, decommissioning',
  },
  // ordnance clearance
  'medtop:20000079': { strong: 'landmine, unexploded ordnance, demining, mine clearance' },
  // prisoners of war
  'medtop:20000080': { strong: 'prisoners of war, prisoner swap, prisoner exchange, pows' },
  'medtop:20000061': { strong: 'missing in action' }, // missing in action
  // cyber warfare
  'medtop:20001361': { strong: 'cyber warfare, cyberwarfare, cyber war, state-sponsored hackers' },
}
