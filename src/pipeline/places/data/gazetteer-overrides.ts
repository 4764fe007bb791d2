/**
 * Build-time corrections to the Newsmap dictionary (english.yml), applied by build-gazetteer.ts.
 * Newsmap was made for classifying whole news stories, where a stray match costs little; here every
 * match becomes a country on an article, so forms that are often something else are dropped, and the
 * names, short forms and cities that news in this project's regions uses all the time are added.
 * A trailing `*` on a term means "this word or its plural in -s" (Newsmap's prefix wildcard, narrowed).
 */

/** Newsmap's code for Kosovo is not ISO; XK is the user-assigned code that i18n-iso-countries uses. */
export const RECODE: Record<string, string> = { KV: 'XK' }

/** Terms that mislead on news text, by country code (as written in english.yml, after RECODE). */
export const DROP: Record<string, string[]> = {
  ZA: ['SA', 'S African', 'S African*'], // "SA" is as often Saudi Arabia or South Australia
  AU: ['Oz'],
  BR: ['Rio'], // Rio Grande, Rio Tinto, people's names
  CI: ['I Coast'],
  MP: ['Capital Hill'],
  AI: ['The Valley'],
  SH: ['Jamestown'], // several US towns
  CR: ['San Jose', 'Ticos'], // San Jose, California is the one in the news
  BO: ['Sucre'],
  NZ: ['Kiwi*', 'N Zealand'],
  CF: ['Central African*'], // "Central African" is the region's adjective; the country keeps its full name
  CD: ['Democratic Republic Congo', 'Democratic Republic Congolese', 'DR Congolese'], // re-added as written
  CG: ['Congo', 'Congolese'], // bare "Congo" is DR Congo in agency style; see ADD
  DM: ['Commonwealth of Dominica', 'Commonwealth Dominican*'],
  VN: ['Ho Chi Minh'], // the man; the city keeps "Ho Chi Minh City"
  PL: ['Pole*'], // "North Pole"; "Poles" is re-added
  GB: ['Brit*'], // "Brit Awards", "Britney"
  MG: ['Madagas*', 'Malagas*'],
  TJ: ['Tajiks*'],
  TR: ['Turk*'], // would take "Turkmen", "Turkic"
  CH: ['Swiss*'],
  FI: ['Finn*'], // a first name
  DK: ['Dane*'], // a first name
  SE: ['Swede*'],
  AE: ['Emiri*'], // "Emiri Diwan" is Qatar's
  JE: ['Channel Islands', 'Channel Island*'], // Guernsey is in them too
  PG: ['Papuan*'], // Papua is also Indonesia's province
  TM: ['Ashhabad'],
  YE: ["Sana'a"], // re-added with its other spelling
  CA: ['Quebec'], // a province; provinces and states are not countries here
  TT: ['Tobagonian*', 'Trinbagonian*'],
}

// Provinces that the region's news names without the country, and that belong to one country only.
const PK_AREAS = [
  'Khyber Pakhtunkhwa',
  'Balochistan',
  'Sindh',
  'Waziristan',
  'North Waziristan',
  'South Waziristan',
]
const AF_AREAS = ['Helmand', 'Nangarhar', 'Panjshir']

/** Terms to add, by country code: current names, short forms, plurals, metonyms and well-known cities. */
export const ADD: Record<string, string[]> = {
  US: ['USA', 'America', 'Americans', 'White House', 'Pentagon', 'Los Angeles', 'Chicago', 'San Francisco'],
  GB: [
    'Great Britain',
    'Brits',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'Northern Irish',
    'Scottish',
    'Edinburgh',
  ],
  RU: ['Kremlin', 'St Petersburg', 'Saint Petersburg'],
  PK: ['Pak', 'Karachi', 'Lahore', 'Peshawar', 'Quetta', 'Rawalpindi', 'Multan', 'Faisalabad', ...PK_AREAS],
  AF: ['Kandahar', 'Herat', 'Jalalabad', 'Mazar-i-Sharif', 'Mazar-e-Sharif', 'Kunduz', 'Ghazni', ...AF_AREAS],
  IN: ['Delhi', 'Kolkata', 'Chennai', 'Bengaluru', 'Bangalore', 'Srinagar', 'Kochi', 'Cochin'],
  BD: ['Chittagong', 'Chattogram'],
  IR: ['Mashhad', 'Isfahan', 'Tabriz', 'Shiraz'],
  IQ: ['Mosul', 'Basra', 'Erbil', 'Kirkuk', 'Najaf', 'Fallujah'],
  SY: ['Aleppo', 'Homs', 'Idlib', 'Latakia'],
  IL: ['Tel Aviv', 'Haifa'],
  PS: ['Gaza Strip', 'Ramallah', 'Rafah', 'Khan Younis', 'Hebron', 'Nablus', 'Jenin'],
  SA: ['KSA', 'Jeddah', 'Mecca', 'Makkah', 'Medina', 'Madinah', 'Dammam'],
  AE: ['Emirates', 'Sharjah'],
  YE: ['Sanaa', "Sana'a", 'Aden', 'Hodeidah'],
  LY: ['Benghazi'],
  TR: ['Turk*', 'Turkish', 'Türkiye'],
  TJ: ['Tajik*'],
  TM: ['Ashgabat'],
  KZ: ['Almaty', 'Nur-Sultan'],
  UZ: ['Samarkand'],
  UA: ['Kharkiv', 'Odesa', 'Lviv', 'Donetsk', 'Mariupol', 'Kherson', 'Zaporizhzhia', 'Donbas', 'Donbass'],
  CN: ['PRC', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Xinjiang'],
  JP: ['Osaka'],
  KR: ['Korea', 'Korean*', 'South Korean*', 'Busan'],
  KP: ['North Korean*'],
  CD: [
    'Congo',
    'Congolese',
    'DR Congo',
    'DRC',
    'Democratic Republic of Congo',
    'Democratic Republic of the Congo',
  ],
  CG: ['Republic of Congo', 'Republic of the Congo', 'Congo Republic', 'Congo-Brazzaville'],
  DM: ['Dominica'],
  PL: ['Poles'],
  MG: ['Malagasy'],
  CH: ['Swiss', 'Geneva'],
  FI: ['Finns', 'Finnish'],
  DK: ['Danes', 'Danish'],
  SE: ['Swede*'],
  DE: ['Munich', 'Hamburg'],
  FR: ['Marseille'],
  IT: ['Milan'],
  CA: ['Montreal'],
  AU: ['Melbourne'],
  NG: ['Niger Delta'],
  ET: ['Tigray'],
  SD: ['Darfur'],
  SZ: ['Eswatini'],
  CZ: ['Czechia'],
  TL: ['Timor-Leste'],
  CV: ['Cabo Verde'],
  MK: ['North Macedonia'],
  XK: ['Kosovar*'],
  VA: ['Vatican City', 'Holy See'],
  VN: ['Ho Chi Minh City'],
  BY: ['Belarussian*'],
}

/** Terms that are areas or seats of government rather than cities or demonyms (the build guesses the rest). */
export const NAME_KIND: string[] = [
  ...PK_AREAS,
  ...AF_AREAS,
  'White House',
  'Pentagon',
  'Kremlin',
  'Gaza Strip',
  'West Bank',
  'Xinjiang',
  'Darfur',
  'Tigray',
  'Donbas',
  'Donbass',
  'Niger Delta',
  'Holy See',
  'Vatican',
  'Trinidad',
  'Herzegovina',
  'Wales',
  'Brunei',
  'Congo Republic',
  'St Kitts and Nevis',
  'S Sudan',
  'Virgin Islands',
]

/** Cities the build could not recognise from GeoNames by their spelling here. */
export const CITY_KIND: string[] = [
  'Gaza City',
  'Gaza',
  'Mazar-i-Sharif',
  'Mazar-e-Sharif',
  'Ho Chi Minh City',
  'Saigon',
  'Sanaa',
  "Sana'a",
  'Makkah',
  'Madinah',
  'Nur-Sultan',
  'Dacca',
  'Katmandu',
  'Ulan Bator',
  'Kiev',
  'Naypyidaw',
  'Yangon',
  'Port au Prince',
  'Port-au-Prince',
  'St Petersburg',
  'Saint Petersburg',
  'Bogota',
  'Brasilia',
  'Asuncion',
  'Yaounde',
  'Lome',
  'Chisinau',
  'Reykjavik',
  'Torshavn',
  'Hagatna',
  'Geneva',
  'Frankfurt',
  'Bangalore',
  'Basra',
  'Fallujah',
  'Jenin',
  'Chattogram',
  'Astana',
  'Palikir',
  'El Aaiun',
  'Melekeok',
  "St George's",
  'Odesa',
  'Zaporizhzhia',
  'Hodeidah',
  'St Peter Port',
  'Khan Younis',
]

/** Display names where i18n-iso-countries' English name is a long or formal form. */
export const DISPLAY_NAMES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  CD: 'DR Congo',
  CG: 'Republic of the Congo',
  FK: 'Falkland Islands',
  VA: 'Vatican City',
  FM: 'Micronesia',
  MD: 'Moldova',
  VG: 'British Virgin Islands',
  VI: 'US Virgin Islands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
  CC: 'Cocos Islands',
  LA: 'Laos',
  SY: 'Syria',
  BN: 'Brunei',
  PS: 'Palestine',
  KR: 'South Korea',
  MK: 'North Macedonia',
  TR: 'Turkey',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  IR: 'Iran',
  RU: 'Russia',
  CN: 'China',
}
