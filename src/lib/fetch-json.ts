/** A data file that does not exist: the page it belongs to is not found, rather than broken. */
export class NotFoundError extends Error {
  constructor(readonly url: string) {
    super(`Not found: ${url}`)
    this.name = 'NotFoundError'
  }
}

/** Fetches a JSON data file; a missing file is a NotFoundError, any other failure an Error saying what failed. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (response.status === 404) throw new NotFoundError(url)
  if (!response.ok) throw new Error(`Loading ${url} failed: ${response.status} ${response.statusText}`)
  const type = response.headers.get('content-type') ?? ''
  // A static host may answer a missing file with its HTML fallback page instead of a 404.
  if (!type.includes('json')) throw new NotFoundError(url)
  return (await response.json()) as T
}
