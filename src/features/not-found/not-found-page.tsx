import { NotFound } from '../../lib/not-found.tsx'

export function NotFoundPage() {
  return <NotFound />
}
