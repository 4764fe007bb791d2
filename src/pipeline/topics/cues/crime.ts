import type { CueTable } from './cue-table.ts'

/** Crime, law and justice (medtop:02000000). */
export const crimeCues: CueTable = {
  'medtop:20000082': { strong: 'crime, criminal', weak: 'offence, offense, suspects' }, // crime
  'medtop:20000084': { strong: 'assaulted', weak: 'beaten' }, // assault
  // sex crime
  'medtop:20000085': { strong: 'rape, raped, rapist, sexual assault, sexual abuse, molestation, molested' },
  // cyber crime
  'medtop:20000086': {
    strong: `
      cybercrime, cyber crime, cyberattack, cyber attack, hackers, hacking, hacked, ransomware,
      data breach, phishing
    `,
  },
  // corruption
  'medtop:20000093': { strong: 'corruption, corrupt, graft, kickbacks, money laundering, anti-corruption' },
  'medtop:20000094': { strong: 'bribery, bribe' }, // bribery
  // drug related crimes
  'medtop:20000095': { strong: 'narcotics, cocaine, heroin, methamphetamine, fentanyl, drug dealer' },
  // drug trafficking
  'medtop:20000096': {
    strong: 'drug trafficking, drug smuggling, drug traffickers, drug lord, drug seizure',
  },
  'medtop:20000097': { strong: 'fraud, scam, fraudulent, ponzi, fraudster' }, // fraud
  'medtop:20001195': { strong: 'tax evasion, tax fraud, tax dodging' }, // tax evasion
  'medtop:20000098': { strong: 'hijacking, hijacked, hijackers, carjacking' }, // hijacking
  // homicide
  'medtop:20000099': {
    strong: `
      murder, murdered, murderer, homicide, manslaughter, stabbed to death, stabbing, honour killing,
      honor killing, killer
    `,
  },
  // shootings
  'medtop:20001313': {
    strong: 'shooting, gunman, gunmen, shot dead, mass shooting, opened fire',
    weak: 'gunfire',
  },
  // kidnapping
  'medtop:20000100': { strong: 'kidnapping, kidnapped, kidnappers, abducted, abduction, hostage, ransom' },
  // organized crime
  'medtop:20000101': { strong: 'organised crime, organized crime, mafia, crime syndicate, drug cartel' },
  'medtop:20000102': { strong: 'gang, gangster, gang violence' }, // gang activity
  // robbery and theft
  'medtop:20000104': {
    strong: `
      robbery, robbed, robbers, theft, stolen, burglary, heist, thieves, shoplifting, dacoity,
      mugging
    `,
    weak: 'looting',
  },
  'medtop:20000105': { strong: 'war crime, crimes against humanity' }, // war crime
  // human smuggling and trafficking
  'medtop:20001283': {
    strong: `
      human trafficking, human smuggling, people smuggling, people smugglers, trafficked,
      sex trafficking, migrant smuggling
    `,
  },
  'medtop:20001285': { strong: 'vandalism, vandalised, vandalized' }, // vandalism
  'medtop:20001320': { strong: 'torture, tortured' }, // torture
  'medtop:20000083': { strong: 'arson, arsonist, set ablaze, torched' }, // arson
  'medtop:20000087': { strong: 'corporate fraud, white-collar crime' }, // corporate crime
  'medtop:20000090': { strong: 'embezzlement, embezzled, misappropriation' }, // embezzlement
  'medtop:20001196': { strong: 'drunk driving, drink-driving, reckless driving' }, // reckless driving
  'medtop:20001314': { strong: 'animal cruelty, animal abuse' }, // animal abuse
  // — justice system
  'medtop:20000106': { strong: 'judiciary', weak: 'judicial' }, // judiciary
  'medtop:20000107': { strong: 'court, courtroom', weak: 'ruling, hearing, petition, lawyer' }, // court
  // trial (court)
  'medtop:20000111': {
    strong: `
      trial, on trial, testified, testimony, defendant, jury, verdict, acquitted, acquittal,
      convicted, conviction, pleaded guilty, pleaded not guilty
    `,
    weak: 'witness, guilty',
  },
  // sentencing (criminal)
  'medtop:20000134': { strong: 'sentenced, sentencing, prison sentence, life imprisonment, jailed' },
  // capital punishment
  'medtop:20000135': {
    strong: 'death penalty, death sentence, death row, hanged',
    weak: 'execution, executed',
  },
  'medtop:20000137': { strong: 'prison, prisoner, jail, inmate, imprisoned, imprisonment' }, // prison
  'medtop:20000136': { strong: 'fined' }, // fine (penalty)
  'medtop:20000108': { strong: 'appeals court, court of appeal, appellate' }, // appeal (court)
  'medtop:20000110': { strong: 'judge, magistrate' }, // judge
  // supreme and high court
  'medtop:20001287': { strong: 'supreme court, high court, apex court, constitutional court, chief justice' },
  'medtop:20000114': { strong: 'lawsuit, sued, litigation, class action, plaintiff' }, // litigation
  // prosecution and prosecutors
  'medtop:20000118': { strong: 'prosecutor, prosecution, prosecuted, indicted, indictment, charged with' },
  'medtop:20000112': { strong: 'bail, remand, arraigned, pre-trial detention' }, // pre-trial
  'medtop:20000117': { strong: 'arbitration, arbitrator' }, // arbitration and mediation
  'medtop:20000119': { strong: 'justice system, miscarriage of justice, rule of law' }, // justice
  'medtop:20000121': { strong: 'new law, statute', weak: 'legislation, legal' }, // law
  'medtop:20000125': { strong: 'criminal code, penal code' }, // criminal law
  // international law
  'medtop:20000126': { strong: 'international law, international humanitarian law, geneva conventions' },
  'medtop:20000127': { strong: 'extradition, extradite, extradited' }, // extradition
  // international court and tribunal
  'medtop:20000128': {
    strong: 'international criminal court, international court of justice, icj, the hague, tribunal',
  },
  // antitrust regulations
  'medtop:20000123': { strong: 'antitrust, anti-trust, competition regulator, monopoly' },
  'medtop:20000129': { strong: 'law enforcement, law enforcers, manhunt', weak: 'raid' }, // law enforcement
  'medtop:20000130': { strong: 'arrest, arrested, detained, custody, apprehended' }, // arrest
  // investigation (criminal)
  'medtop:20000131': {
    strong: 'police investigation, investigators, forensic',
    weak: 'investigation, probe',
  },
  'medtop:20000132': { strong: 'missing person, went missing' }, // missing person
  'medtop:20000133': { strong: 'police, policeman, policemen, police officer, constable, cops' }, // police
  'medtop:20001299': { strong: 'surveillance, spyware, wiretap, wiretapping' }, // surveillance
}
