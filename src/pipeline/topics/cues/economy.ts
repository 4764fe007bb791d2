import type { CueTable } from './cue-table.ts'

/** Economy, business and finance (medtop:04000000): the economy and markets. */
export const economyCues: CueTable = {
  // economy, business and finance
  'medtop:04000000': { strong: 'finance, financial', weak: 'business, company, firms, industry' },
  // economy
  'medtop:20000344': {
    strong: 'economy, economic, economic crisis, economic hardship, economic slowdown',
    weak: 'economist',
  },
  // macro economics
  'medtop:20000346': {
    strong: 'macroeconomic, current account, current account deficit, balance of payments',
  },
  // central bank
  'medtop:20000350': {
    strong: `
      central bank, state bank, federal reserve, reserve bank, european central bank, ecb,
      bank of england
    `,
  },
  'medtop:20000354': { strong: 'debt, borrowing, debt default', weak: 'default, credit' }, // credit and debt
  // currency
  'medtop:20000355': { strong: 'currency, rupee, devaluation, yuan', weak: 'dollar, euro, depreciation' },
  'medtop:20001279': { strong: 'cryptocurrency, bitcoin, crypto, blockchain' }, // cryptocurrency
  // economic growth
  'medtop:20000357': { strong: 'economic growth, growth rate, gdp growth', weak: 'growth' },
  'medtop:20000359': { strong: 'gdp, gross domestic product, economic output' }, // gross domestic product
  // industrial production
  'medtop:20000360': {
    strong: 'industrial output, factory output, manufacturing output, large-scale manufacturing',
  },
  'medtop:20000365': { strong: 'jobs report, payrolls, nonfarm, jobless rate' }, // employment statistics
  'medtop:20000366': { strong: 'exports, exporters, exported' }, // exports
  'medtop:20000369': { strong: 'imports, importers, imported' }, // imports
  'medtop:20000367': { strong: 'bailout, stimulus package, government aid' }, // government aid
  // government debt
  'medtop:20000368': {
    strong: 'public debt, sovereign debt, national debt, government debt, external debt, eurobond, sukuk',
  },
  // inflation
  'medtop:20000370': { strong: 'inflation, inflationary, consumer prices, cost of living, price hikes, cpi' },
  // interest rate
  'medtop:20000371': {
    strong: 'interest rate, policy rate, rate cut, rate hike, benchmark rate, key rate, basis points',
  },
  // international economic institution
  'medtop:20000372': {
    strong: `
      imf, international monetary fund, world bank, asian development bank, adb, wto,
      world trade organization
    `,
  },
  // international trade
  'medtop:20000373': {
    strong: 'international trade, bilateral trade, trade volume, trade ties, trade',
    weak: 'traders',
  },
  // trade agreements
  'medtop:20000374': { strong: 'trade agreement, trade deal, free trade agreement, fta, free trade' },
  'medtop:20000375': { strong: 'trade deficit, trade surplus, trade balance' }, // trade balance
  'medtop:20000376': { strong: 'trade war, trade dispute, retaliatory tariffs' }, // trade dispute
  // investments
  'medtop:20000378': { strong: 'investment, investors, foreign direct investment, fdi', weak: 'invest' },
  // monetary policy
  'medtop:20000379': { strong: 'monetary policy, monetary tightening, quantitative easing' },
  'medtop:20000380': { strong: 'mortgage, home loans' }, // mortgage
  'medtop:20000382': { weak: 'prices, pricing' }, // prices
  'medtop:20000383': { strong: 'recession, economic downturn', weak: 'slowdown, contraction' }, // recession
  'medtop:20000384': { strong: 'tariff, customs duty', weak: 'duties, levy' }, // tariff
  // market and exchange
  'medtop:20000385': {
    strong: 'stock market, stock exchange, bourse, wall street, dow jones, nasdaq, sensex',
    weak: 'shares, stocks',
  },
  'medtop:20000386': { strong: 'commodities, commodity prices' }, // commodity market
  // energy market
  'medtop:20000387': { strong: 'oil prices, crude prices, brent, opec, fuel prices, petrol prices' },
  'medtop:20000388': { strong: 'gold prices, copper prices' }, // metal
  'medtop:20000389': { strong: 'wheat prices, sugar prices, coffee prices' }, // soft commodity
  // foreign exchange market
  'medtop:20000391': { strong: 'exchange rate, forex, foreign exchange, interbank market' },
  'medtop:20000393': { strong: 'loan, loan tranche, tranche', weak: 'lending' }, // loans
  'medtop:20000390': { strong: 'bond market, bond yields, treasury yields' }, // debt market
}
