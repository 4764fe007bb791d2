/**
 * States and provinces whose names appear after a city ("Paris, Texas", "London, Ontario") or stand in a
 * dateline ("Washington, D.C."). They say which country a dateline city is in, and they stop the city
 * being taken for its more famous namesake. A state never makes a country mention of its own: articles
 * name the country when it matters. Georgia and Washington are left out on purpose: they are country
 * and capital names first, handled by the rules in context.ts.
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

/** Subdivision name → the ISO alpha-2 code of its country. */
export const SUBDIVISIONS: [string, string][] = [
  ...US_STATES.map((name): [string, string] => [name, 'US']),
  ...CANADIAN_PROVINCES.map((name): [string, string] => [name, 'CA']),
  ...AUSTRALIAN_STATES.map((name): [string, string] => [name, 'AU']),
]
