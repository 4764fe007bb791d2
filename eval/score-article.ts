/**
 * Scores whole articles against their labels and adds the scores up. Pure; see score.ts for the rules.
 */
import type { GoldArticle, PredictedQuote, QuoteScore, SetScore } from './score.ts'
import { datelineMatches, f1, normalizeText, quoteTextsMatch, scoreQuotes, scoreSet } from './score.ts'

/** The parts of the pipeline's Article the evaluation reads (structurally a subset of it). */
export type PredictedArticle = {
  title: string
  dateline: { city: string; country: string | null } | null
  quotes: PredictedQuote[]
  countries: { code: string; role: string }[]
}

export type ArticleScore = {
  title: string
  found: boolean
  quotes: QuoteScore
  /** Spurious quotes that are a labelled title, name or scare quote. */
  notQuotesTaken: PredictedQuote[]
  countries: SetScore
  /** Dateline and subject countries, the set the feed's country filter uses. */
  focus: SetScore
  datelineOk: boolean
  predictedDateline: PredictedArticle['dateline']
}

/** Scores one labelled article against the pipeline's reading of it, or against nothing if it was lost. */
export function scoreArticle(gold: GoldArticle, predicted: PredictedArticle | undefined): ArticleScore {
  const quotes = scoreQuotes(gold.quotes, predicted?.quotes ?? [])
  const goldFocus = new Set(gold.subjects)
  if (gold.dateline?.country) goldFocus.add(gold.dateline.country)
  const lost: SetScore = { precision: 0, recall: 0, missing: [], extra: [] }
  const focusCodes = predicted?.countries.filter((c) => c.role !== 'mentioned').map((c) => c.code)
  return {
    title: gold.title,
    found: predicted !== undefined,
    quotes,
    notQuotesTaken: quotes.spurious.filter((q) =>
      (gold.notQuotes ?? []).some(
        (n) => normalizeText(q.text) === normalizeText(n) || quoteTextsMatch(n, q.text),
      ),
    ),
    countries: predicted
      ? scoreSet(
          gold.countries,
          predicted.countries.map((c) => c.code),
        )
      : lost,
    focus: focusCodes ? scoreSet(goldFocus, focusCodes) : lost,
    datelineOk: predicted !== undefined && datelineMatches(gold.dateline, predicted.dateline),
    predictedDateline: predicted?.dateline ?? null,
  }
}

export type Rate = { precision: number; recall: number; f1: number }

export type Totals = {
  articles: { gold: number; found: number; extra: number }
  quotes: { gold: number; predicted: number; matched: number; missed: number; spurious: number } & Rate
  notQuotesTaken: number
  speakers: { correct: number; matched: number; accuracy: number }
  partialFlag: { correct: number; matched: number; accuracy: number }
  countries: Rate
  focusCountries: Rate
  dateline: { correct: number; total: number; accuracy: number }
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)
const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length)

function macro(scores: SetScore[]): Rate {
  const precision = mean(scores.map((s) => s.precision))
  const recall = mean(scores.map((s) => s.recall))
  return { precision, recall, f1: f1(precision, recall) }
}

/**
 * Adds article scores up: quotes micro-averaged over all quotes, countries macro-averaged over
 * labelled articles. Quotes of predicted articles that match no labelled title count as spurious.
 */
export function totalScores(scores: ArticleScore[], extraArticles: PredictedArticle[]): Totals {
  const matches = scores.flatMap((s) => s.quotes.matches)
  const missed = scores.reduce((n, s) => n + s.quotes.missed.length, 0)
  const extraQuotes = extraArticles.reduce((n, a) => n + a.quotes.length, 0)
  const spurious = scores.reduce((n, s) => n + s.quotes.spurious.length, 0) + extraQuotes
  const precision = ratio(matches.length, matches.length + spurious)
  const recall = ratio(matches.length, matches.length + missed)
  const speakersOk = matches.filter((m) => m.speakerOk).length
  const partialOk = matches.filter((m) => m.predicted.partial === m.gold.partial).length
  const datelines = scores.filter((s) => s.datelineOk).length
  return {
    articles: {
      gold: scores.length,
      found: scores.filter((s) => s.found).length,
      extra: extraArticles.length,
    },
    quotes: {
      gold: matches.length + missed,
      predicted: matches.length + spurious,
      matched: matches.length,
      missed,
      spurious,
      precision,
      recall,
      f1: f1(precision, recall),
    },
    notQuotesTaken: scores.reduce((n, s) => n + s.notQuotesTaken.length, 0),
    speakers: { correct: speakersOk, matched: matches.length, accuracy: ratio(speakersOk, matches.length) },
    partialFlag: { correct: partialOk, matched: matches.length, accuracy: ratio(partialOk, matches.length) },
    countries: macro(scores.map((s) => s.countries)),
    focusCountries: macro(scores.map((s) => s.focus)),
    dateline: { correct: datelines, total: scores.length, accuracy: ratio(datelines, scores.length) },
  }
}
