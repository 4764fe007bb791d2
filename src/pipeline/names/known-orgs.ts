/**
 * Organisations news copy names by a bare word or acronym that no shape rule can recognise ("Reuters",
 * "Taliban", "NATO"). Each line: display name | acronym | other spellings. The full name is shown when
 * the article spells it out, otherwise the acronym as written.
 */
const KNOWN_ORGS = `
  Reuters | | Thomson Reuters
  Agence France-Presse | AFP | Agence France Presse
  Associated Press | AP |
  Bloomberg | |
  Xinhua | | Xinhua News Agency
  Anadolu Agency | | Anadolu
  Al Jazeera | | Al-Jazeera, Aljazeera
  BBC | | British Broadcasting Corporation
  CNN | |
  North Atlantic Treaty Organization | NATO | North Atlantic Treaty Organisation
  United Nations | UN | U.N.
  European Union | EU |
  International Monetary Fund | IMF |
  World Bank | |
  World Health Organization | WHO | World Health Organisation
  World Trade Organization | WTO | World Trade Organisation
  Organization of the Petroleum Exporting Countries | OPEC | OPEC+
  Association of Southeast Asian Nations | ASEAN |
  Shanghai Cooperation Organisation | SCO | Shanghai Cooperation Organization
  South Asian Association for Regional Cooperation | SAARC |
  Gulf Cooperation Council | GCC |
  Organisation of Islamic Cooperation | OIC | Organization of Islamic Cooperation
  African Union | AU |
  Arab League | |
  International Committee of the Red Cross | ICRC | Red Cross
  Red Crescent | |
  Doctors Without Borders | MSF | Medecins Sans Frontieres, Médecins Sans Frontières
  Amnesty International | | Amnesty
  Human Rights Watch | HRW |
  UNICEF | | United Nations Children's Fund
  UNHCR | | UN Refugee Agency
  UNESCO | |
  UNRWA | |
  Interpol | |
  Europol | |
  Federal Bureau of Investigation | FBI |
  Central Intelligence Agency | CIA |
  Inter-Services Intelligence | ISI |
  Inter-Services Public Relations | ISPR |
  Islamic Revolutionary Guard Corps | IRGC | Revolutionary Guards
  Mossad | |
  Pentagon | |
  Kremlin | |
  White House | |
  Taliban | | Afghan Taliban
  Tehrik-i-Taliban Pakistan | TTP | Tehreek-e-Taliban Pakistan, Pakistani Taliban
  Al-Qaeda | | al-Qaeda, Al Qaeda, al-Qaida, Al-Qaida, al Qaeda, Al Qaida
  Islamic State | ISIS | ISIL, Daesh, Islamic State group
  Hamas | |
  Hezbollah | | Hizbollah, Hizbullah, Hizballah
  Houthis | | Houthi, Ansarullah
  Islamic Jihad | |
  Lashkar-e-Taiba | LeT |
  Jaish-e-Mohammed | JeM | Jaish-e-Muhammad
  Baloch Liberation Army | BLA |
  Hayat Tahrir al-Sham | HTS |
  Al-Shabaab | | al-Shabaab, Al Shabaab
  Boko Haram | |
  Muslim Brotherhood | |
  Pakistan Tehreek-e-Insaf | PTI | Pakistan Tehrik-e-Insaf
  Pakistan Muslim League-Nawaz | PML-N | PMLN
  Pakistan Peoples Party | PPP | Pakistan People's Party
  Muttahida Qaumi Movement | MQM |
  Jamaat-e-Islami | JI | Jamaat-i-Islami
  Jamiat Ulema-e-Islam | JUI-F | Jamiat Ulema-e-Islam-Fazl
  Awami National Party | ANP |
  Bharatiya Janata Party | BJP |
  Indian National Congress | | Congress party
  Awami League | |
  Bangladesh Nationalist Party | BNP |
  Dawn | |
  Haaretz | |
  Google | |
  Microsoft | |
  Apple | |
  Amazon | |
  Meta | |
  OpenAI | |
  Tesla | |
  Nvidia | |
  Samsung | |
  Huawei | |
  TikTok | |
  Boeing | |
  Airbus | |
  Aramco | | Saudi Aramco
  Goldman Sachs | |
  JPMorgan Chase | | JPMorgan, JP Morgan, J.P. Morgan
  Morgan Stanley | |
  Citigroup | | Citi
  HSBC | |
  Standard Chartered | |
  BlackRock | |
  Moody's | | Moody's Investors Service, Moody
  S&P Global | | Standard & Poor's, S&P
  Fitch Ratings | | Fitch
  Twitter | |
  Facebook | |
  YouTube | |
  Instagram | |
  TikTok | |
  WhatsApp | |
  Telegram | |
  LinkedIn | |
  Google | |
  Microsoft | |
  Amazon | |
  Politico | | POLITICO
  HuffPost | | Huffington Post, HuffPo
  ProPublica | |
  Haaretz | |
  Pew Research Center | | Pew
`

export type KnownOrg = { name: string; acronym: string | null; aliases: string[] }

export const knownOrgs: KnownOrg[] = KNOWN_ORGS.trim()
  .split('\n')
  .map((line) => {
    const [name = '', acronym = '', aliases = ''] = line.split('|').map((p) => p.trim())
    return {
      name,
      acronym: acronym || null,
      aliases: aliases ? aliases.split(',').map((a) => a.trim()) : [],
    }
  })
