import type { CueTable } from './cue-table.ts'

/** Arts and media (medtop:01000000), religion (medtop:12000000), sport (medtop:15000000). */
export const cultureSportCues: CueTable = {
  'medtop:20000005': { strong: 'movie, movies, film, filmmaker, cinema', weak: 'actor, actress' }, // movies
  'medtop:20000006': { strong: 'film festival, cannes, sundance, berlinale' }, // film festival
  'medtop:20001179': { strong: 'tv series, drama serial, sitcom, miniseries' }, // series
  // literature
  'medtop:20000013': { strong: 'literature, novel, novelist, literary', weak: 'author, writer, book' },
  'medtop:20000017': { strong: 'poetry, poet, poem, mushaira' }, // poetry
  'medtop:20000018': { strong: 'music, musician, singer, song, album', weak: 'band' }, // music
  'medtop:20000020': { strong: 'concert, musical performance' }, // musical performance
  'medtop:20000021': { strong: 'qawwali, sufi music' }, // musical genre
  'medtop:20000026': { strong: 'pop star, pop music, k-pop, kpop' }, // popular music
  'medtop:20001184': { strong: 'hip hop, rapper' }, // hip hop
  'medtop:20000029': { strong: 'theater, theatre, playwright, stage play' }, // theater
  'medtop:20001190': { strong: 'stand-up comedy, comedian' }, // stand-up comedy
  'medtop:20000007': { strong: 'dance, dancer, choreographer' }, // dance
  'medtop:20000011': { strong: 'fashion, fashion week, catwalk', weak: 'designer' }, // fashion
  'medtop:20000012': { strong: 'jewelry, jewellery' }, // jewelry
  'medtop:20001248': { strong: 'cosmetics, makeup, beauty products' }, // cosmetics
  'medtop:20000031': { strong: 'visual arts, artist, artwork', weak: 'art' }, // visual arts
  'medtop:20000035': { strong: 'painting, painter' }, // painting
  'medtop:20000037': { strong: 'sculpture, sculptor', weak: 'statue' }, // sculpture
  'medtop:20000032': { strong: 'architecture, architect, architectural' }, // architecture
  'medtop:20001135': { strong: 'art exhibition, exhibition, gallery, biennale' }, // art exhibition
  'medtop:20000043': { strong: 'museum, library, curator' }, // library and museum
  // monument and heritage site
  'medtop:20000044': { strong: 'monument, heritage site, world heritage, historic site, unesco' },
  'medtop:20000040': { strong: 'tradition, folklore', weak: 'traditional' }, // customs and tradition
  'medtop:20000041': { strong: 'festivities, carnival', weak: 'celebrations' }, // festive event (culture)
  'medtop:20000042': { strong: 'languages, linguistic, mother tongue, dialect' }, // language
  'medtop:20000038': { strong: 'culture, cultural heritage', weak: 'cultural' }, // culture
  // news media
  'medtop:20000046': {
    strong: 'news media, journalism, newsroom, broadcaster, news agency',
    weak: 'journalists',
  },
  'medtop:20000051': { strong: 'tv channel' }, // television
  // social media
  'medtop:20001182': { strong: 'facebook, tiktok, instagram, youtube, whatsapp', weak: 'social media' },
  'medtop:20001192': { strong: 'influencer' }, // influencers
  // disinformation and misinformation
  'medtop:20001319': { strong: 'disinformation, misinformation, fake news, deepfake', weak: 'propaganda' },
  // — religion
  'medtop:12000000': { strong: 'religion', weak: 'religious, faith' }, // religion
  // religious leader
  'medtop:20000703': {
    strong: `
      cleric, clergy, imam, priest, rabbi, bishop, archbishop, ulema, mufti, religious leader,
      religious scholars
    `,
  },
  'medtop:20000704': { strong: 'pope, vatican, papal, pontiff' }, // pope
  'medtop:20000677': { strong: 'islam, sharia', weak: 'muslim, islamic' }, // Islam
  'medtop:20000707': { strong: 'quran, koran' }, // Qur'an
  'medtop:20001347': { strong: 'shia, shiite' }, // Shia Islam
  'medtop:20001348': { strong: 'sunni, sunnis' }, // Sunni Islam
  'medtop:20000659': { strong: 'christianity, christian, evangelical' }, // Christianity
  'medtop:20001344': { strong: 'catholic, catholicism' }, // Catholicism
  'medtop:20000679': { strong: 'judaism, jewish, jews' }, // Judaism
  'medtop:20000676': { strong: 'hinduism, hindu, hindus' }, // Hinduism
  'medtop:20000684': { strong: 'sikhism, sikh' }, // Sikhism
  'medtop:20000658': { strong: 'buddhism, buddhist' }, // Buddhism
  // religious conflict
  'medtop:20000688': {
    strong: 'religious conflict, sectarian, sectarian violence, communal violence, communal riots',
  },
  'medtop:20000702': { strong: 'secularism', weak: 'secular' }, // relations between religion and government
  'medtop:20000696': { strong: 'hajj, umrah, pilgrimage, pilgrims', weak: 'prayers' }, // religious ritual
  'medtop:20000697': { strong: 'temple, shrine, gurdwara, places of worship' }, // religious facilities
  'medtop:20000698': { strong: 'church' }, // church
  'medtop:20000699': { strong: 'mosque' }, // mosque
  // religious festival and holiday
  'medtop:20000690': {
    strong: 'eid, diwali, holi, passover, vesak, muharram, ashura, navratri, religious festival',
  },
  'medtop:20000694': { strong: 'ramadan, ramazan' }, // Ramadan
  'medtop:20000705': { strong: 'scripture, holy book' }, // religious text
  // — sport
  'medtop:15000000': { strong: 'sport, athlete, sportsman, sportswoman', weak: 'team, players' }, // sport
  // sport event
  'medtop:20001108': { strong: 'tournament, championship, world cup, asian games, commonwealth games' },
  'medtop:20001177': { strong: 'olympic games, olympics' }, // Olympic Games
  'medtop:20001178': { strong: 'paralympic games, paralympics' }, // Paralympic Games
  'medtop:20001125': { strong: 'fifa, uefa, ioc, pcb, bcci, sports federation' }, // sport organization
  // cricket
  'medtop:20000888': {
    strong: `
      cricket, cricketer, wicket, innings, odi, odis, t20, t20i, test match, batter, batsman,
      batsmen, bowler, psl, ipl, all-rounder
    `,
    weak: 'bowling',
  },
  // soccer
  'medtop:20001065': {
    strong: `
      soccer, football, footballer, premier league, la liga, champions league, midfielder,
      goalkeeper
    `,
    weak: 'striker',
  },
  'medtop:20001085': { strong: 'tennis, wimbledon, grand slam' }, // tennis
  'medtop:20000940': { strong: 'golf, golfer' }, // golf
  'medtop:20000822': { strong: 'hockey' }, // competition discipline
  'medtop:20000965': { strong: 'ice hockey, nhl, stanley cup' }, // ice hockey
  'medtop:20000933': { strong: 'field hockey' }, // field hockey
  'medtop:20000851': { strong: 'basketball, nba, wnba' }, // basketball
  'medtop:20000849': { strong: 'baseball, mlb' }, // baseball
  // American football
  'medtop:20000823': { strong: 'american football, nfl, super bowl, quarterback, touchdown' },
  'medtop:20000856': { strong: 'boxing, boxer' }, // boxing
  'medtop:20000827': { strong: 'athletics, sprinter' }, // track and field
  'medtop:20000835': { strong: 'javelin throw, javelin' }, // javelin throw
  'medtop:20000991': { strong: 'formula one, f1, grand prix' }, // motor car racing
  'medtop:20001068': { weak: 'squash' }, // squash
  'medtop:20001098': { strong: 'wrestling, wrestler' }, // wrestling
  'medtop:20001093': { strong: 'weightlifting, weightlifter' }, // weightlifting and powerlifting
  'medtop:20001071': { strong: 'swimming, swimmer' }, // swimming
  'medtop:20000892': { strong: 'cycling, cyclist, tour de france' }, // cycling
  'medtop:20001154': { strong: 'chess, grandmaster' }, // chess
  'medtop:20001176': { strong: 'rugby, six nations' }, // rugby
  'medtop:20001231': { strong: 'mixed martial arts, mma, ufc' }, // mixed martial arts
  'medtop:20000886': { strong: 'mountaineering, mountaineer, climbers, everest, k2' }, // mountaineering
  'medtop:20001104': { strong: 'doping, anti-doping, wada' }, // drug use in sport
  'medtop:20001103': { strong: 'match-fixing, spot-fixing' }, // disciplinary action in sport
  'medtop:20001126': { strong: 'stadium' }, // sport venue
  // sports medal and trophy
  'medtop:20001303': { strong: 'gold medal, silver medal, bronze medal, medal, podium, trophy' },
  'medtop:20001302': { strong: 'world record, national record, personal best' }, // sports record
  'medtop:20001323': { strong: 'coach, head coach' }, // sports coaching
  'medtop:20001325': { strong: 'referee, umpire' }, // sports officiating
  // playoff championship
  'medtop:20001342': {
    strong: 'playoffs, play-offs, semifinal, semi-final, quarterfinal, quarter-final, knockout stage',
  },
}
