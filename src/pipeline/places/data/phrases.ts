/**
 * Hand-kept phrase lists read at module load. Country names come from gazetteer.json; these are the
 * phrases around them: regions the text names, and longer names that contain a country's name but are
 * not that country ("Indian Ocean", "New Mexico", "Times of India").
 *
 * Region mapping (M49 has no "Middle East"; ids are M49 sub-region slugs, see m49.json):
 * | text says                                              | region id               |
 * | Central Asia(n)                                        | central-asia            |
 * | South Asia(n), the subcontinent                        | southern-asia           |
 * | Middle East(ern), Mideast, West Asia, Levant, the Gulf, | western-asia            |
 * |   Gulf states, Persian/Arabian Gulf, South Caucasus    |                         |
 * | Southeast Asia(n)                                      | south-eastern-asia      |
 * | East Asia(n), Northeast Asia, Korean Peninsula         | eastern-asia            |
 * | North Africa(n), Maghreb                               | northern-africa         |
 * | MENA, "Middle East and North Africa"                   | western-asia + northern-africa |
 * | West Africa(n), Sahel / East Africa(n), Horn of Africa | western-africa / eastern-africa |
 * | Central Africa(n) / Southern Africa                    | middle-africa / southern-africa |
 * | Caribbean, West Indies / Central / South / North America | caribbean / central-america / south-america / northern-america |
 * | Eastern / Western / Northern / Southern Europe         | the matching sub-region |
 * | Scandinavia, Nordic, Baltics / Balkans                 | northern-europe / southern-europe |
 * Not mapped, on purpose: "Europe", "European" (a continent of four sub-regions, and mostly "European
 * Union"/"European governments", which name an organisation, not a place), "Africa", "Asia", "Latin
 * America", "Sub-Saharan Africa", "Asia-Pacific", "Indo-Pacific": each spans several sub-regions, and
 * adding all of them would be a guess.
 */
const CENTRAL_ASIA = ['Central Asia', 'Central Asian', 'Central Asians']
const SOUTH_ASIA = [
  'South Asia',
  'South Asian',
  'South Asians',
  'Southern Asia',
  'subcontinent',
  'Indian subcontinent',
]
const WEST_ASIA = [
  ...['Middle East', 'Middle Eastern', 'Mideast', 'West Asia', 'West Asian', 'Western Asia', 'Levant'],
  ...['Arabian Peninsula', 'Persian Gulf', 'Arabian Gulf', 'Gulf states', 'Gulf countries', 'Gulf nations'],
  ...['Gulf Arab', 'Gulf region', 'Gulf monarchies', 'Gulf Cooperation Council', 'Gulf of Aden'],
  ...['Gulf of Oman', 'South Caucasus'],
]
const SOUTH_EAST_ASIA = ['Southeast Asia', 'Southeast Asian', 'South-East Asia', 'South-East Asian']
const EAST_ASIA = ['East Asia', 'East Asian', 'Eastern Asia', 'Northeast Asia', 'North-East Asia']

/** Phrase → the M49 sub-region ids it names. "Gulf" alone counts only as "the Gulf" (see context.ts). */
export const REGION_PHRASES: [string, string[]][] = [
  ...CENTRAL_ASIA.map((text): [string, string[]] => [text, ['central-asia']]),
  ...SOUTH_ASIA.map((text): [string, string[]] => [text, ['southern-asia']]),
  ...WEST_ASIA.map((text): [string, string[]] => [text, ['western-asia']]),
  ...SOUTH_EAST_ASIA.map((text): [string, string[]] => [text, ['south-eastern-asia']]),
  ...EAST_ASIA.map((text): [string, string[]] => [text, ['eastern-asia']]),
  ['Korean Peninsula', ['eastern-asia']],
  ['Korean peninsula', ['eastern-asia']],
  ['Gulf', ['western-asia']],
  ['North Africa', ['northern-africa']],
  ['North African', ['northern-africa']],
  ['Northern Africa', ['northern-africa']],
  ['Maghreb', ['northern-africa']],
  ['MENA', ['western-asia', 'northern-africa']],
  ['Middle East and North Africa', ['western-asia', 'northern-africa']],
  ['West Africa', ['western-africa']],
  ['West African', ['western-africa']],
  ['Western Africa', ['western-africa']],
  ['Sahel', ['western-africa']],
  ['East Africa', ['eastern-africa']],
  ['East African', ['eastern-africa']],
  ['Eastern Africa', ['eastern-africa']],
  ['Horn of Africa', ['eastern-africa']],
  ['Central Africa', ['middle-africa']],
  ['Central African', ['middle-africa']],
  ['Middle Africa', ['middle-africa']],
  ['Southern Africa', ['southern-africa']],
  ['Southern African', ['southern-africa']],
  ['Caribbean', ['caribbean']],
  ['West Indies', ['caribbean']],
  ['West Indian', ['caribbean']],
  ['Central America', ['central-america']],
  ['Central American', ['central-america']],
  ['South America', ['south-america']],
  ['South American', ['south-america']],
  ['North America', ['northern-america']],
  ['North American', ['northern-america']],
  ['Northern America', ['northern-america']],
  ['Eastern Europe', ['eastern-europe']],
  ['Eastern European', ['eastern-europe']],
  ['East European', ['eastern-europe']],
  ['Western Europe', ['western-europe']],
  ['Western European', ['western-europe']],
  ['West European', ['western-europe']],
  ['Northern Europe', ['northern-europe']],
  ['Scandinavia', ['northern-europe']],
  ['Scandinavian', ['northern-europe']],
  ['Nordic', ['northern-europe']],
  ['Nordics', ['northern-europe']],
  ['Baltic states', ['northern-europe']],
  ['Baltic countries', ['northern-europe']],
  ['Baltics', ['northern-europe']],
  ['Southern Europe', ['southern-europe']],
  ['Balkans', ['southern-europe']],
  ['Balkan', ['southern-europe']],
  ['Australasia', ['australia-and-new-zealand']],
  ['Melanesia', ['melanesia']],
  ['Polynesia', ['polynesia']],
]

/** Names that contain a country's name or demonym but name no country (and no region). */
export const NEUTRAL_PHRASES: string[] = [
  // seas, rivers and areas named after a country, and the islands of two countries
  ...['Indian Ocean', 'Gulf of Mexico', 'Gulf of Guinea', 'Gulf of Thailand'],
  ...['South China Sea', 'East China Sea', 'Jordan Valley', 'Jordan River', 'Lake Chad', 'Niger River'],
  ...['Congo River', 'Congo Basin', 'New Guinea', 'East Indies', 'South Georgia', 'South Ossetia'],
  ...['North Ossetia', 'North Caucasus', 'Latin America', 'Latin American', 'Latin Americans'],
  ...['American Indian', 'American Indians', 'New Mexican', 'Paris Saint-Germain'],
  // the currency, not the country
  ...['US dollar', 'US dollars', 'American dollar'],
  // news outlets and companies quoted as sources
  ...['Arab News', 'New York Times', 'Washington Post', 'Washington Times', 'Times of India', 'India Today'],
  ...['Hindustan Times', 'Indian Express', 'Japan Times', 'Jordan Times', 'Tehran Times', 'Kabul Times'],
  ...['Pakistan Today', 'Korea Herald', 'Korea Times', 'Gulf News', 'Saudi Gazette', 'Khaleej Times'],
  ...['China Daily', 'South China Morning Post', 'Sydney Morning Herald', 'Voice of America'],
  ...['Radio Free Europe', 'Bank of America', 'USA Today'],
]

/** Combining forms that name a country only in a hyphenated pair: "Sino-US", "Indo-Pak", "Franco-German". */
export const COMBINING_FORMS: [string, string][] = [
  ['Sino', 'CN'],
  ['Indo', 'IN'],
  ['Franco', 'FR'],
  ['Russo', 'RU'],
  ['Anglo', 'GB'],
]
