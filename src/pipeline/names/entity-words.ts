import { wordSet } from '../lexicon/word-list.ts'

/** Lower-cased words that may join two capitalised words inside one organisation name. */
export const orgConnectors = wordSet('of, for, on, and, &, the, de, du, des, la, al')

/** Weekdays and months: never names (a trailing "May" after a given name is kept, see capitalised runs). */
export const timeWords = wordSet(`
  monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, may,
  june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep,
  sept, oct, nov, dec
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
