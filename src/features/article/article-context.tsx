import { Link } from 'react-router'
import type { Article } from '../../lib/article.ts'
import { paths } from '../../lib/paths.ts'
import { toSlug } from '../../lib/slug.ts'

const chip =
  'inline-block rounded-full border border-stone-300 px-2.5 py-0.5 text-sm text-stone-800 hover:border-stone-500 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800'

function ChipList({ label, items }: { label: string; items: { key: string; name: string; to: string }[] }) {
  if (items.length === 0) return null
  return (
    <div>
      <h3 className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
        {label}
      </h3>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.to} className={chip}>
              {item.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

function NameList({ label, names }: { label: string; names: { name: string }[] }) {
  if (names.length === 0) return null
  return (
    <div>
      <h3 className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
        {label}
      </h3>
      <p className="mt-1 text-sm">{names.map((n) => n.name).join(', ')}</p>
    </div>
  )
}

/** Where the story is and what it is about, each place and topic a link to the feed filtered by it. */
export function ArticleContext({ article }: { article: Article }) {
  const country = (c: Article['countries'][number]) => ({
    key: c.code,
    name: c.name,
    to: paths.filteredFeed({ country: [c.code.toLowerCase()] }),
  })
  return (
    <section aria-labelledby="about-this-story" className="space-y-3">
      {/* The groups below are h3s; without "Who’s quoted" above them they would follow the h1 directly. */}
      <h2 id="about-this-story" className="sr-only">
        About this story
      </h2>
      <ChipList
        label="Countries"
        items={article.countries.filter((c) => c.role !== 'mentioned').map(country)}
      />
      <ChipList
        label="Also mentioned"
        items={article.countries.filter((c) => c.role === 'mentioned').map(country)}
      />
      <ChipList
        label="Regions"
        items={article.regions.map((r) => ({
          key: r.id,
          name: r.name,
          to: paths.filteredFeed({ region: [r.id] }),
        }))}
      />
      <ChipList
        label="Topics"
        items={article.topics.map((t) => ({
          key: t.id,
          name: t.name,
          to: paths.filteredFeed({ topic: [toSlug(t.name)] }),
        }))}
      />
      <NameList label="People" names={article.people} />
      <NameList label="Organisations" names={article.organizations} />
    </section>
  )
}
