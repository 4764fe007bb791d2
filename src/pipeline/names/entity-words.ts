import { wordSet } from '../lexicon/word-list.ts'

/** Words that are never part of a person's name: festivals, faiths, peoples, languages, directions. */
export const notNameWords = wordSet(`
  eid, ramadan, ramazan, muharram, ashura, diwali, holi, christmas, easter, hanukkah, nowruz, navroz,
  passover, lent, hajj, umrah, friday, muslim, muslims, islamic, islamist, islamists, christian,
  christians, hindu, hindus, sikh, sikhs, jewish, jew, jews, buddhist, buddhists, sunni, sunnis, shia,
  shiite, shiites, catholic, catholics, protestant, protestants, baloch, pashtun, pashtuns, pakhtun,
  punjabi, sindhi, hazara, hazaras, uyghur, uyghurs, kurd, kurds, kurdish, tajik, tajiks, arab, arabs,
  persian, rohingya, yazidi, druze, alawite, bengali, tamil, sinhalese, kashmiri, kashmiris, western,
  eastern, northern, southern, central, north, south, east, west, northwest, northeast, southwest,
  southeast, asian, european, african, latin, arabic, english, urdu, pashto, dari, farsi, hindi, mughal,
  soviet, ottoman, covid, covid-19, internet, web, god, allah, prophet, quran, koran, bible, mr, mrs, ms,
  dr, the, and, of, for, on, in, at, to, by, with, from, as, or, nor, but, not, no, new, old, united
`)

/** Lower-cased words that may join two capitalised words inside one organisation name. */
export const orgConnectors = wordSet('of, for, on, and, &, the, de, du, des, la, al')

/** Weekdays and months: never names (a trailing "May" after a given name is kept, see capitalised runs). */
export const timeWords = wordSet(`
  monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, may,
  june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep,
  sept, oct, nov, dec
`)

/** Words that, capitalised at the start of a sentence, are ordinary words and not part of a name. */
export const sentenceStarters = wordSet(`
  the, a, an, in, on, at, by, for, from, with, without, under, over, after, before, during, since, until,
  while, when, where, why, how, what, who, whom, whose, which, that, this, these, those, it, its, he, she,
  they, we, i, you, his, her, their, our, my, your, some, many, most, all, both, each, every, few,
  several, other, another, such, no, not, nor, but, and, or, so, yet, if, as, although, though, because,
  meanwhile, however, also, still, even, only, just, now, then, today, yesterday, tomorrow, earlier,
  later, last, next, first, second, third, separately, elsewhere, officials, authorities, according,
  speaking, addressing, following, despite, amid, among, against, between, through, across, around,
  along, beyond, within, upon, into, via, per, once, sources, witnesses, residents, analysts, experts,
  critics, supporters, protesters, officers, troops, soldiers, militants, students, teachers, doctors,
  lawyers, journalists, reporters, ministers, members, leaders, voters, citizens, people, women, men,
  children, families, thousands, hundreds, dozens, millions, former, asked, read, watch, related,
  photo, video, update, breaking, exclusive, analysis, opinion, editorial, there, here, dear, please,
  participants, delegates, representatives, government, police, security, media, reports, rescue,
  relatives, mourners, forces, pakistanis, afghans, americans, iranians, indians, israelis, palestinians
`)

/** All-caps words that are not organisations: countries, titles, units, everyday acronyms. */
export const nonOrgAcronyms = wordSet(
  `
  US, USA, UK, UAE, KSA, DRC, PRC, ROK, DPRK, USSR, PM, DPM, FM, CM, MP, MPS, MNA, MPA, MLA, CEO, CFO,
  COO, CTO, DG, IG, IGP, DIG, SSP, SP, SHO, DC, AC, COAS, CJ, CJP, MD, GM, VP, TV, GDP, GNP, CPI, VAT,
  GST, HIV, AIDS, COVID, SARS, DNA, AI, IT, ID, OK, AM, BC, AD, CE, BCE, UTC, GMT, PST, EST, KM, KG, MW,
  GW, KW, USD, PKR, INR, EUR, GBP, AFN, IRR, LPG, LNG, CNG, SUV, VIP, NGO, NGOS, MOU, FIR, IED, IEDS, RPG,
  UAV, UAVS, PDF, FAQ, CCTV, LOC, WMD, ICU, ER, IQ, PHD, MBA, IPO, FDI, PIN, SIM, SMS, URL, NOC, CNIC,
  APC, RIP, ASAP, FYI, AKA, ETA, NB, PS, OBE, MBE, CBE, JR, SR, II, III, IV, VI, VII, VIII, IX, XI, XII,
  XIV, XVI, GPS, LGBT, LGBTQ, EV, EVS, PR, HR, QR, RSS, API, CT, MRI, PCR, ATM, POW, POWS, IDP,
  IDPS, NA, SC, HC, LHC, IHC, SHC, PHC, BHC, CPEC, LOC, MPH, KPH, EDT, PDT, IST, PKT
`,
  (s) => s.toUpperCase(),
)
