/**
 * Words around a place name that change what it names. Read by context.ts; kept here as plain data.
 */

/**
 * Place names that are also people's names. `surname`: a capitalised name right before makes it a
 * person ("Michael Jordan", "Denzel Washington"); `forename`: a capitalised name right after does
 * ("Jordan Peterson", "Chad Smith", "Paris Hilton").
 */
export const NAME_LIKE: Record<string, { surname: boolean; forename: boolean }> = {
  Jordan: { surname: true, forename: true },
  Chad: { surname: true, forename: true },
  Washington: { surname: true, forename: false },
  Holland: { surname: true, forename: false },
  Santiago: { surname: true, forename: true },
  Medina: { surname: true, forename: true },
  Paris: { surname: false, forename: true },
  Sydney: { surname: false, forename: true },
  Sofia: { surname: false, forename: true },
  Milan: { surname: false, forename: true },
  Cuba: { surname: false, forename: true },
  London: { surname: true, forename: true },
  Berlin: { surname: true, forename: false },
  Lagos: { surname: true, forename: false },
  Wales: { surname: true, forename: false },
  Kingston: { surname: true, forename: false },
  Pak: { surname: true, forename: true },
}

/** Words that stand before a place's name as part of it: "North Wales", "West Berlin", "Greater London". */
export const PLACE_PREFIXES = new Set(
  (
    'North|South|East|West|Central|Greater|Northern|Southern|Eastern|Western|Inner|Outer|Upper|Lower|' +
    'New|Old|Downtown|Metropolitan|Occupied|Annexed|Mainland|Continental|Rural|Urban'
  ).split('|'),
)

/** Capitalised words that follow a country's name in news without making it a person's forename. */
export const NOT_A_SURNAME = new Set(
  (
    'January|February|March|April|May|June|July|August|September|October|November|December|Monday|' +
    'Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|King|Queen|Prince|Princess|Crown|President|Prime|' +
    'Premier|Vice|Deputy|Acting|Interim|Transitional|Foreign|Minister|Ministry|Army|Armed|Air|Navy|' +
    'Military|Government|Embassy|Ambassador|Parliament|National|Central|Interior|Defense|Defence|Police|' +
    'Security|Border|Football|Cricket|Olympic|River|Valley|Basin|Lake|Red|Islamic|Royal|Public|General|' +
    'Special|State|Republic|Kingdom|Cabinet|Senate|Supreme|Court|Electoral|Election|Commission|Bank|' +
    'Customs|Civil|Chamber|Stock|Investment|Development|Health|Human|Rights|Team|Cup|Open|Airlines|Airways|' +
    'Sovereign|Rapid|Times|Post|News|Today|Govt'
  ).split('|'),
)

/** Capitalised words that open sentences without being a forename ("In Jordan", "Neighbouring Chad"). */
export const SENTENCE_OPENERS = new Set(
  (
    'The|A|An|In|At|From|To|For|With|And|But|Or|Nor|Yet|So|Both|Only|Even|Meanwhile|Like|Unlike|Across|' +
    'Inside|Outside|Within|Without|While|As|Since|After|Before|Besides|Including|If|When|Where|Whether|' +
    'Although|Though|Because|Then|Now|Today|Also|Against|Between|Among|Via|Over|Under|By|On|Of|Into|' +
    'Through|Toward|Towards|Why|How|What|Which|That|This|These|Those|Did|Does|Do|Is|Was|Will|Can|Could|' +
    'Should|Would|Has|Have|Had|Neither|Either|Not|Once|Until|Despite|Amid|Per|Beyond|Near|Around|About|' +
    'Behind|During|Upon|Tiny|Poor|Rich|Oil|Troubled|Unlike|Officially|Historically|Nearby|Ally|Host'
  ).split('|'),
)

/** A word right after Georgia that makes it the US state: "Georgia Governor", "Georgia Republicans". */
export const US_STATE_AFTER = new Set(
  (
    'Governor|governor|Gov|Senator|senator|Sen|Republican|Republicans|Democrat|Democrats|Democratic|' +
    'state|State|Tech|Bulldogs|Power|Legislature|legislature|Secretary|County|county|Attorney|runoff|' +
    'Senate|House|Representative|Rep|congressman|congresswoman|lawmakers|Bureau|man|woman|men|women|' +
    'resident|residents|native|teen|couple|family|authorities|voters|law|laws|Medical'
  ).split('|'),
)

/** Compass words before Georgia that make it a part of the US state: "North Georgia", "Northeast Georgia". */
export const US_STATE_PARTS = new Set(
  'North|Northeast|Northwest|Southeast|Southwest|Middle|Coastal|East|West'.split('|'),
)

/** Cities of the US state of Georgia; their mention makes "Georgia" the state throughout an article. */
export const GEORGIA_STATE_CITIES = new Set(['Atlanta', 'Savannah', 'Augusta', 'Macon', 'Columbus', 'Athens'])

/** Cities of the country Georgia beyond its capital, which the gazetteer already has. */
export const GEORGIA_COUNTRY_CITIES = new Set(['Tbilisi', 'Batumi', 'Kutaisi', 'Rustavi', 'Gori', 'Zugdidi'])

/** A word after a city that makes it the name of a treaty or an idea, not a place: "Paris Agreement". */
export const NAMED_AFTER_CITY = new Set(
  (
    'agreement|agreements|accord|accords|convention|conventions|protocol|protocols|pact|club|syndrome|' +
    'declaration|format|principles|consensus|charter|communique|rules'
  ).split('|'),
)

/**
 * Capitalised words after a demonym or a city that make it part of another place's name: "Indian Lake
 * Road", "French Creek", "Decatur Boulevard", "the Aral Sea".
 */
export const LOCAL_NAME_WORDS = new Set(
  (
    'Lake|Lakes|Road|Street|Avenue|Boulevard|Drive|Lane|Trail|River|Creek|Hill|Hills|Valley|Springs|Park|' +
    'Island|Bay|Mountain|Point|Camp|Village|Run|Falls|Sea|County|Counties|Township|Parish|county|counties'
  ).split('|'),
)

/**
 * Words after a demonym that make it a style, a language or part of a shop's name rather than a mention
 * of the country: "Malaysian Restaurant", "Italian food", "Irish songs", "French immersion",
 * "Spanish Oaks Apartments". Also read after a city and such a demonym: "Osaka Japanese Restaurant".
 */
export const STYLE_AFTER_DEMONYM = new Set(
  (
    'Restaurant|restaurant|restaurants|Grill|grill|Pub|pub|Cafe|cafe|Café|café|Bistro|bistro|Kitchen|' +
    'kitchen|Bakery|bakery|Deli|deli|Market|Marketplace|grocery|Store|Shop|Hospital|food|foods|cuisine|' +
    'dishes|cooking|sausage|sausages|pizza|bread|pastries|dressing|music|songs|tunes|rock|folk|dance|' +
    'dancing|immersion|Immersion|language|lessons|classes|heritage|descent|ancestry|Oaks|Orchard|' +
    'Apartments|Heights|Gardens|Estates|Manor|Woods|Acres|Terrace'
  ).split('|'),
)

/** Languages that are no country's demonym: a demonym listed with one names a language ("English and Spanish"). */
export const LANGUAGES = new Set(
  (
    'English|Farsi|Persian|Urdu|Hindi|Pashto|Dari|Punjabi|Bengali|Tamil|Arabic|Hebrew|Swahili|Tagalog|' +
    'Mandarin|Cantonese|Latin|Gaelic|Yiddish|Creole|Esperanto|Kurdish|Sign'
  ).split('|'),
)

/** Words before a demonym that make it a language: "spoke only French", "fluent in Spanish". */
export const SPEAKING_WORDS = new Set(
  (
    'speaks|spoke|speaking|spoken|learn|learns|learned|learning|teach|teaches|taught|teaching|' +
    'study|studies|studied|studying|fluent|translated|translate|dubbed|subtitled'
  ).split('|'),
)

/**
 * Words around "Indian" that make it the Native American sense: "Indian reservation", "Indian tribes".
 * Before "Indians", a people's own name does the same ("Caddo Indians", read in context.ts).
 */
export const NATIVE_AMERICAN_AFTER = new Set(
  (
    'tribe|tribes|tribal|Tribe|Tribes|reservation|reservations|Reservation|casino|casinos|gaming|Nation|' +
    'Nations|nations|Affairs|Territory|Removal|Wars|mound|mounds|burial|artifacts|chief|chiefs|Trail|' +
    'Head|Orchard|Hill|Hills|Mound|Mounds|Springs|Village|Child'
  ).split('|'),
)

/** Words after "the Gulf" that make it another gulf: "the Gulf of Finland", "the Gulf Coast" (US). */
export const NOT_THE_GULF_AFTER = new Set(['of', 'Coast', 'Stream', 'Shores', 'Breeze', 'Islands'])

/**
 * Peoples who live across borders. Listed with them ("Hazaras, Tajiks and Uzbeks") or after "ethnic",
 * a demonym names a people, not a country: Afghanistan's Tajiks are not Tajikistan.
 */
export const ETHNIC_GROUPS = new Set(
  (
    'Hazara|Hazaras|Pashtun|Pashtuns|Pakhtun|Pakhtuns|Baloch|Baluch|Balochs|Kurd|Kurds|Kurdish|' +
    'Uighur|Uighurs|Uyghur|Uyghurs|Rohingya|Rohingyas|Sindhi|Sindhis|Punjabi|Punjabis|Tamil|Tamils|' +
    'Sinhalese|Yazidi|Yazidis|Druze|Arab|Arabs|Berber|Berbers|Tuareg|Tuaregs|Fulani|Hausa|Igbo|Yoruba|' +
    'Amhara|Oromo|Tigrayan|Tigrayans|Aimaq|Aimaqs|Nuristani|Nuristanis|Tatar|Tatars|Chechen|Chechens'
  ).split('|'),
)

/** Demonyms that are as often a people of several countries: Tajiks and Uzbeks of Afghanistan. */
export const CROSS_BORDER_PEOPLES = new Set(
  'Tajik|Tajiks|Uzbek|Uzbeks|Turkmen|Turkmens|Kyrgyz|Kazakh|Kazakhs|Azeri|Azeris'.split('|'),
)

/** Capitalised words after a US town's name that name one of its institutions: "Lebanon Police", "Athens City". */
const TOWN_INSTITUTIONS =
  'City|Town|Township|Twp|Village|Borough|Police|Fire|Public|High|Middle|Elementary|Mayor|School|Schools'

/**
 * After a country's name, the words that make it a US town's institution or street ("Lebanon Police",
 * "Palestine High", "Lebanon Street"); read in town-use.ts.
 */
export const TOWN_BODIES = new Set(
  `${TOWN_INSTITUTIONS}|Independent|Civic|Area|Street|Avenue|Road|Boulevard|Drive|Lane|Pike`.split('|'),
)

/**
 * After a US town's name, the words that make it the town's office ("Athens City Council", "Charleston
 * police", "Groton Town Council", "Readington Township"), read where the article is not written in British
 * or Irish style (Oxford City Council, Dublin City Council); read in us-local.ts.
 */
export const TOWN_OFFICES = new Set(
  `${TOWN_INSTITUTIONS}|police|elementary|Parks|Board|Selectmen|Planning|Zoning|Housing|Water|Library`.split(
    '|',
  ),
)
