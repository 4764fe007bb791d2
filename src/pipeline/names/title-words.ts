import { wordSet } from '../lexicon/word-list.ts'

/**
 * Words of the titles and honorifics that stand before names in news copy ("Deputy Prime Minister",
 * "Gen.", "Mr"). A title is a run of these words holding at least one head; it is dropped from the name
 * that follows it and marks that name as a person.
 */
export const titleHeads = wordSet(`
  president, vice-president, minister, secretary, secretary-general, under-secretary, chancellor, premier,
  governor, mayor, senator, sen, representative, rep, congressman, congresswoman, speaker, ambassador,
  envoy, spokesman, spokeswoman, spokesperson, chairman, chairwoman, chairperson, director,
  director-general, commissioner, commander, chief, general, gen, lieutenant, lt, colonel, col, major, maj,
  captain, capt, brigadier, brig, admiral, adm, marshal, sergeant, sgt, corporal, cpl, inspector,
  superintendent, judge, justice, magistrate, attorney, prosecutor, king, queen, prince, princess, emperor,
  sultan, sheikh, shaikh, emir, amir, ayatollah, imam, maulana, mullah, mufti, allama, hazrat, pope,
  cardinal, archbishop, bishop, rabbi, reverend, rev, pastor, dr, doctor, professor, prof, mr, mrs, ms,
  miss, mx, sir, dame, lord, lady, baroness, baron, leader, adviser, advisor, counsel, consul,
  consul-general, quaid-e-azam, quaid-i-azam, president-elect, chief-of-staff, coach, manager, officer,
  pm, dpm, fm, cm, coas, cjp, dg, igp, mp, mna, mpa, mla, ceo
`)

/** Words that only build a title around a head ("Deputy", "Foreign", "Army" in "Chief of Army Staff"). */
export const titleModifiers = wordSet(`
  deputy, vice, prime, foreign, interior, defence, defense, finance, home, health, education, information,
  commerce, trade, planning, energy, petroleum, water, railways, law, religious, affairs, federal,
  provincial, state, acting, former, senior, junior, special, assistant, associate, executive, principal,
  permanent, first, supreme, army, naval, air, staff, joint, chiefs, press, caretaker, interim, opposition,
  majority, minority, high, grand, crown, national, security, general, attorney, field, rear, district,
  police, intelligence, military, financial, economic, human, rights, parliamentary, prime-minister
`)

/** Abbreviated titles and other words that end with a dot without ending the sentence. */
export const abbreviations = wordSet(`
  mr, mrs, ms, dr, gen, lt, col, maj, capt, brig, adm, sgt, cpl, sen, rep, gov, prof, rev, st, jr, sr, mt,
  ft, no, vs, inc, corp, co, ltd, messrs, hon, supt, insp, dept, govt, approx, est, fig, jan, feb, mar, apr,
  jun, jul, aug, sep, sept, oct, nov, dec
`)

/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen". */
export const nameParticles = wordSet(`
  bin, bint, ibn, al, el, ul, ur, ud, van, von, der, den, de, da, di, du, la, le, dos, das, del, ter, y
`)
