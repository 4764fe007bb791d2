import { iso31662 } from 'iso-3166'
import { TERMS } from '../gazetteer.ts'
/**
 * States and provinces whose names appear after a city ("Paris, Texas", "London, Ontario") or stand in a
 * dateline ("Washington, D.C."). They say which country a dateline city is in, they stop the city
 * being taken for its more famous namesake, and named in the text they are a mention of their country.
 * Georgia and Washington are left out on purpose: they are country and capital names first, handled by
 * the rules in context.ts.
 */
const US_STATES = (
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|' +
  'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|' +
  'Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|' +
  'North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|' +
  'Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|New England|' +
  // AP style abbreviations, as written after a city in US datelines
  'Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|' +
  'Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Vt.|Va.|Wash.|' +
  'W.Va.|Wis.|Wyo.|D.C.|DC'
).split('|')
const CANADIAN_PROVINCES = (
  'Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|' +
  'Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories'
).split('|')
const AUSTRALIAN_STATES = ['New South Wales', 'Queensland', 'Tasmania', 'Northern Territory']

// First-level subdivisions from ISO 3166-2 (the iso-3166 package, MIT) for countries whose ISO names are
// spelt as English copy spells them once accents are dropped ("Nangarhār" → "Nangarhar").
// Others are left out for their false friends: Turkey's Batman and Van, Nigeria's Plateau and Rivers,
// Mexico's Tabasco and Hidalgo.
const ISO_COUNTRIES = new Set(['AF', 'IN', 'BD', 'NP', 'MY'])

// Counties of England and Ireland that local papers name, where no US state, county or town of note, no
// word and no common name or surname shares the name ("Kent", "Essex", "Mayo", "Clare", "Carlow" are left out);
// Irish copy writes any county as "County Clare".
const ENGLISH_SHIRES = (
  'Lancashire|Yorkshire|Cambridgeshire|Oxfordshire|Wiltshire|Derbyshire|Nottinghamshire|Leicestershire|' +
  'Staffordshire|Shropshire|Gloucestershire|Warwickshire|Northamptonshire|Buckinghamshire|' +
  'Hertfordshire|Bedfordshire|Lincolnshire|Merseyside|Cumbria'
).split('|')
const IRISH_COUNTIES_ALONE = (
  'Tipperary|Kilkenny|Wexford|Wicklow|Donegal|Offaly|Laois|Westmeath|Leitrim|Sligo|Kildare|Cavan|' +
  'Meath|Limerick'
).split('|')
const IRISH_COUNTIES = [
  ...IRISH_COUNTIES_ALONE,
  ...'Carlow|Clare|Cork|Dublin|Galway|Kerry|Longford|Louth|Mayo|Monaghan|Roscommon|Waterford'.split('|'),
]
const NORTHERN_IRISH_COUNTIES = 'Antrim|Armagh|Down|Fermanagh|Londonderry|Tyrone'.split('|')

// The region's provinces as its press writes them, where ISO gives another romanisation ("Panjāb",
// "Khaībar Pakhtūnkhwā", "Ar Riyāḑ"). Names shared with a capital or city of the same country are fine.
const ENGLISH_SUBDIVISIONS: [string, string][] = [
  ...['Punjab', 'Sindh', 'Khyber Pakhtunkhwa', 'Balochistan', 'Baluchistan', 'Gilgit-Baltistan'].map(pk),
  ...['Azad Kashmir', 'Azad Jammu and Kashmir', 'Federally Administered Tribal Areas'].map(pk),
  ...['Paktia', 'Nuristan', 'Kunar', 'Panjshir', 'Jowzjan', 'Uruzgan', 'Oruzgan', 'Zabul'].map((n) =>
    to(n, 'AF'),
  ),
  ...[
    'Sistan and Baluchestan',
    'Khuzestan',
    'Kurdistan Province',
    'Mazandaran',
    'Gilan',
    'Razavi Khorasan',
  ].map((n) => to(n, 'IR')),
  ...['Anbar', 'Nineveh', 'Salahuddin', 'Diyala', 'Kurdistan Region'].map((n) => to(n, 'IQ')),
  ...['Idlib', 'Deir ez-Zor', 'Raqqa', 'Hasakah'].map((n) => to(n, 'SY')),
  ...['Galilee', 'Negev'].map((n) => to(n, 'IL')),
  ...['West Bank', 'Gaza Strip'].map((n) => to(n, 'PS')),
  ...['Eastern Province', 'Qassim', 'Asir', 'Jazan', 'Najran'].map((n) => to(n, 'SA')),
  ...['Ras Al Khaimah', 'Fujairah', 'Umm Al Quwain', 'Ajman', 'Sharjah'].map((n) => to(n, 'AE')),
  ...['Hadramout', 'Hadramawt', 'Marib', 'Hodeidah', 'Taiz'].map((n) => to(n, 'YE')),
  ...['Dhofar', 'Musandam'].map((n) => to(n, 'OM')),
  ...['Sinai', 'North Sinai', 'South Sinai'].map((n) => to(n, 'EG')),
  ...['Fergana Valley', 'Karakalpakstan'].map((n) => to(n, 'UZ')),
  ...['Gorno-Badakhshan', 'Khatlon', 'Sughd'].map((n) => to(n, 'TJ')),
  ...['Xinjiang', 'Tibet', 'Guangdong', 'Sichuan', 'Yunnan', 'Hubei', 'Zhejiang', 'Fujian'].map((n) =>
    to(n, 'CN'),
  ),
  ...['England', 'Scotland', 'Wales', 'Northern Ireland', ...ENGLISH_SHIRES].map((n) => to(n, 'GB')),
  ...IRISH_COUNTIES_ALONE.map((n) => to(n, 'IE')),
  ...IRISH_COUNTIES.map((n) => to(`County ${n}`, 'IE')),
  ...NORTHERN_IRISH_COUNTIES.map((n) => to(`County ${n}`, 'GB')),
  ...['Jaffna', 'Northern Province'].map((n) => to(n, 'LK')),
]

function to(name: string, code: string): [string, string] {
  return [name, code]
}
function pk(name: string): [string, string] {
  return [name, 'PK']
}

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’ʻʼ']/g, '')
    .replace(/\s*\(.*\)$/, '')

const GAZETTEER_TEXTS = new Set(TERMS.map((term) => term.text.toLowerCase()))

const FROM_ISO: [string, string][] = iso31662
  .filter((s) => ISO_COUNTRIES.has(s.parent) && !s.name.includes(','))
  .map((s) => [fold(s.name), s.parent])

/**
 * Subdivision name → the ISO alpha-2 code of its country. A name that two countries share ("Punjab") is
 * listed for each: the article's other places decide between them.
 */
export const SUBDIVISIONS: [string, string][] = [
  ...US_STATES.map((name): [string, string] => [name, 'US']),
  ...CANADIAN_PROVINCES.map((name): [string, string] => [name, 'CA']),
  ...AUSTRALIAN_STATES.map((name): [string, string] => [name, 'AU']),
  // A name the gazetteer already knows as a country, city or demonym keeps the gazetteer's reading.
  ...[...ENGLISH_SUBDIVISIONS, ...FROM_ISO].filter(([name]) => !GAZETTEER_TEXTS.has(name.toLowerCase())),
]
