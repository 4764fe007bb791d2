/**
 * IPTC label words (after parentheses are dropped and compound labels are split at commas, "and" and
 * "or") that are too ambiguous in news copy to count as evidence on their own: "fire" (opened fire),
 * "plants" (power plants), "hurdles" (overcome hurdles), fragments like "small" or "supreme". Concepts
 * that need these words get precise phrases in the cue tables instead.
 */
export const labelStoplist = `
  accommodation, achievement, adoption, adult, adults, air, animal, annual, anxiety, appeal, applications,
  assault, association, authority, bandy, bar, benefits, bonds, business, casting, children, civil, club,
  collecting, communities, computer, condition, cooling, cooperative, credit, customs, dating, death,
  depression, design, development, diet, diversity, drama, drawing, dying, employee, employer,
  environmental, equity, exchange, executive, exercise, family, fencing, field, fine, fire, food, forging,
  fraternal, game, gas, geography, heating, history, holiday, home, house, hunting, hurdles, hurling,
  incident, inclusion, independent, injury, justice, language, law, market, marathon, media, men, metal,
  mountains, movements, musical, national, nature, newspaper, online, ownership, parks, party, performance,
  plants, pool, procedure, products, property, puzzle, radio, recall, record, recreational, refining,
  relationships, resource, restoration, rivers, rock, royalty, safety, satellite, secretary, securities,
  series, service, services, skeleton, small, social, society, spirits, stress, supreme, surfing,
  television, track, trafficking, travel, trend, tug-of-war, values, water, women,
  relations between religion, roll music, drink enthusiasm, drink regulations, medium enterprise,
  leisure industry, governance policy, special corporate meeting, explosion accident, space accident,
  public service, final game, regular competition, heavy metal, national or ethnic minority,
  citizens initiative, community group, cable service
`

/**
 * Phrases that are read and then ignored, so that a word inside them is not taken as a cue:
 * "landslide victory" is not a landslide, "told reporters" is not news about the press.
 */
export const ignoredPhrases = `
  west bank, soviet union, landslide victory, landslide win, told reporters, told journalists,
  told the media, told a news conference, told a press conference, press conference, news conference,
  on condition of anonymity, state of the art, under fire, state media, state television,
  state news agency, state-run media
`
