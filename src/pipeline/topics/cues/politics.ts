import type { CueTable } from './cue-table.ts'

/** Politics (medtop:11000000): elections, rights, government, policy, international relations. */
export const politicsCues: CueTable = {
  'medtop:11000000': { strong: 'politics', weak: 'political, politician' }, // politics
  // election
  'medtop:20000574': {
    strong: 'election, electoral, ballot, polls, polling, voters, turnout, runoff',
    weak: 'vote, voted, voting, re-election, reelection, electorate, constituency',
  },
  // national elections
  'medtop:20000579': {
    strong: 'general election, presidential election, parliamentary election, national election',
    weak: 'midterm',
  },
  // local elections
  'medtop:20000578': { strong: 'local election, municipal election, mayoral election, local body polls' },
  // political campaigns
  'medtop:20000580': { strong: 'election campaign, campaign trail, campaigning, campaign rally' },
  'medtop:20000582': { strong: 'candidate, candidacy, nominee' }, // political candidates
  'medtop:20000583': { strong: 'primaries, primary election, caucus, caucuses' }, // primary elections
  'medtop:20000584': { strong: 'referendum, plebiscite' }, // referenda
  // political debates
  'medtop:20001266': { strong: 'presidential debate, televised debate, election debate' },
  'medtop:20000587': { strong: 'fundamental rights, civil liberties' }, // fundamental rights
  // human rights
  'medtop:20000592': {
    strong: 'human rights, rights group, rights activist',
    weak: 'amnesty international, human rights watch, extrajudicial, enforced disappearances',
  },
  // censorship and freedom of speech
  'medtop:20000588': {
    strong: 'censorship, free speech, freedom of expression, freedom of speech, internet shutdown',
    weak: 'censored',
  },
  // freedom of the press
  'medtop:20000591': { strong: 'press freedom, freedom of the press, reporters without borders' },
  'medtop:20001326': { strong: 'womens rights, gender equality' }, // women's rights
  'medtop:20000590': { strong: 'religious freedom, freedom of religion' }, // freedom of religion
  'medtop:20000593': { weak: 'government, administration, cabinet, ministry' }, // government
  // national government
  'medtop:20000614': {
    strong: 'federal government, national government, central government, coalition government',
  },
  // state government and authority
  'medtop:20000618': {
    strong: 'provincial government, state government, chief minister, provincial assembly',
    weak: 'governor',
  },
  // local government and authority
  'medtop:20000612': { strong: 'city council, municipal, municipality', weak: 'mayor' },
  // executive (government)
  'medtop:20000606': { strong: 'executive order, presidential decree', weak: 'decree' },
  'medtop:20001261': { weak: 'prime minister, premier' }, // heads of government
  'medtop:20000610': { strong: 'head of state' }, // heads of state
  'medtop:20000613': { weak: 'minister, cabinet minister' }, // minister and secretary (government)
  // legislative body
  'medtop:20000615': {
    strong: 'parliament, parliamentary, lawmakers, legislature, congress',
    weak: 'senate, senator, national assembly, mps, legislators',
  },
  'medtop:20000616': { strong: 'house of commons, house of representatives' }, // lower house (legislature)
  'medtop:20000617': { strong: 'house of lords' }, // upper house (legislature)
  // constitution (law)
  'medtop:20000597': { strong: 'constitution, constitutional amendment', weak: 'constitutional, amendment' },
  'medtop:20000611': { strong: 'impeachment, impeached, impeach' }, // impeachment
  // public inquiry
  'medtop:20001262': { strong: 'public inquiry, commission of inquiry, judicial commission' },
  'medtop:20001173': { strong: 'regulator, watchdog', weak: 'regulatory' }, // regulatory authority
  // government budget
  'medtop:20000607': { strong: 'budget deficit, federal budget, fiscal deficit', weak: 'budget, fiscal' },
  'medtop:20000620': { strong: 'tax, taxation, income tax, sales tax, tax revenue, vat' }, // taxation
  'medtop:20000596': { strong: 'civil servants, bureaucrats, bureaucracy' }, // public officials
  'medtop:20000598': { strong: 'defence, defense, defence ministry, defence budget, pentagon' }, // defense
  // armed forces
  'medtop:20000599': {
    strong: 'armed forces, army chief, military chief',
    weak: 'army, military, troops, soldiers, navy, air force',
  },
  // military weaponry
  'medtop:20000602': {
    strong: 'missile, ballistic missile, warplanes, fighter jets, arms deal',
    weak: 'weapons, drones',
  },
  // national security
  'medtop:20000604': {
    strong: 'national security, security agency, security threats, security cooperation',
    weak: 'security forces, security, threats',
  },
  // espionage and intelligence
  'medtop:20000605': { strong: 'intelligence, intelligence agency, intelligence sharing, spy, spying' },
  'medtop:20000621': { weak: 'policy, policymakers' }, // government policy
  // migration policy
  'medtop:20000634': {
    strong: 'migration policy, asylum policy, deportation, deported, deporting, deport, border control',
  },
  // nuclear policy
  'medtop:20000635': {
    strong: 'nuclear programme, nuclear program, nuclear deal, uranium enrichment, nuclear weapons',
    weak: 'enrichment, nuclear',
  },
  // economic policy
  'medtop:20000345': { strong: 'economic policy, economic reforms, structural reforms', weak: 'subsidies' },
  'medtop:20000625': { strong: 'state-owned' }, // state-owned enterprise
  // environmental policy
  'medtop:20000423': { strong: 'climate policy, carbon tax, emissions target, net zero' },
  'medtop:20000479': { strong: 'health policy, healthcare reform, health reform' }, // healthcare policy
  'medtop:20001338': { strong: 'education policy, education reform' }, // education policy
  'medtop:20000630': { strong: 'welfare reform, pension reform' }, // pension and welfare policy
  // housing and urban planning policy
  'medtop:20000628': { strong: 'housing policy, urban planning, affordable housing' },
  // personal weapon control policy
  'medtop:20000632': { strong: 'gun control, gun laws, firearms law, second amendment' },
  'medtop:20000627': { strong: 'data protection, gdpr' }, // data protection policy
  'medtop:20000619': { strong: 'public safety' }, // safety of citizens
  // international relations
  'medtop:20000638': {
    strong: 'international relations, foreign policy, foreign affairs, geopolitical, bilateral relations',
    weak: 'relations, ties, tensions, sovereignty, international community, regional stability',
  },
  // diplomacy
  'medtop:20000639': {
    strong: `
      diplomacy, diplomatic, diplomat, bilateral, foreign minister, foreign ministry, foreign office,
      foreign secretary, secretary of state, ambassador, envoy, embassy, consulate,
      high commissioner, telephone call, phone call, telephone conversation, phone conversation,
      state visit, official visit, counterpart
    `,
    weak: 'talks, dialogue, delegation, de-escalation, restraint, engagement',
  },
  // summit meetings
  'medtop:20000640': { strong: 'summit meeting, summit talks, g20 summit, g7 summit', weak: 'summit' },
  // treaty
  'medtop:20000641': {
    strong: 'treaty, pact, memorandum of understanding, mou, accord',
    weak: 'agreement, deal',
  },
  'medtop:20000642': { strong: 'sanctions, embargo, asset freeze' }, // economic sanction
  // foreign aid
  'medtop:20000643': {
    strong: 'foreign aid, humanitarian aid, humanitarian assistance, aid agency, usaid',
    weak: 'donors, aid',
  },
  // international organization
  'medtop:20000644': {
    strong: 'united nations, security council, general assembly, nato, european union, african union',
    weak: 'eu, asean, saarc, sco, gulf cooperation council, arab league',
  },
  // refugees and internally displaced people
  'medtop:20000645': {
    strong: 'refugee, asylum seekers, internally displaced, unhcr, refugee camp',
    weak: 'asylum, displaced',
  },
  // border disputes
  'medtop:20001316': {
    strong: 'border dispute, territorial dispute, line of control, disputed territory, border tensions',
  },
  // political crisis
  'medtop:20000647': { strong: 'political crisis, political turmoil, political instability, no-confidence' },
  'medtop:20000648': { strong: 'dissident, dissent', weak: 'crackdown' }, // political dissent
  // political parties and movements
  'medtop:20000651': {
    strong: 'political party, ruling party, opposition party, party leader, labour party',
    weak: 'opposition, coalition',
  },
  // political leadership
  'medtop:20001312': { strong: 'party leadership, leadership contest, leadership race' },
  'medtop:20000653': { strong: 'authoritarian, authoritarianism', weak: 'democratic' }, // political system
  'medtop:20000646': { strong: 'non-governmental, ngo, civil society' }, // non-governmental organization
  'medtop:20000650': { strong: 'lobbying, lobbyist' }, // lobbying
}
