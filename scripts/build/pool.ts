/**
 * A pool of worker threads for the build's two long steps (reading the inputs, prerendering the pages). A
 * script is its own worker: started as one (`isMainThread` false) it answers batches with `serveBatches`;
 * the main thread hands it work with `runPool`. Results come back in the order of the items, whatever the
 * number of workers or the order they finish in, so the build's output does not depend on them.
 */
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { parentPort, Worker, workerData } from 'node:worker_threads'

type Reply<R> = { results: R[] } | { error: string }

const forced = () => process.env.DATELINE_WORKERS
/**
 * How many workers a pool has: `DATELINE_WORKERS` if set (tests use it to check that the output does not
 * depend on it), else one per core.
 */
export const poolSize = () => Number(forced()) || availableParallelism()

/**
 * Whether `work` items are worth a pool: starting a worker (loading the app or the pipeline again) costs
 * about what a few hundred items take, so a small build does its work on the main thread.
 * `DATELINE_WORKERS=N` forces a pool of N, and `0` the main thread alone.
 */
export const usePool = (work: number, worthFrom: number) => {
  if (work === 0) return false
  if (forced() !== undefined) return Number(forced()) > 0
  return work >= worthFrom && poolSize() > 1
}

/**
 * Runs `items` through `poolSize()` workers started from the file `script` with `data` as their `workerData`, `batch`
 * items to a message; `onDone` hears of each item done. Resolves to the results in item order.
 */
export async function runPool<T, R>(
  script: string,
  data: unknown,
  items: T[],
  { batch = 32, onDone = (_count: number) => {} } = {},
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const workers = Array.from(
    { length: Math.min(poolSize(), Math.ceil(items.length / batch)) },
    () => new Worker(resolve(script), { workerData: data, argv: process.argv.slice(2) }),
  )
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0
            const send = () => {
              if (next >= items.length) return resolve()
              start = next
              next = Math.min(items.length, next + batch)
              worker.postMessage(items.slice(start, next))
            }
            worker.on('message', (reply: Reply<R>) => {
              if ('error' in reply) return reject(new Error(reply.error))
              reply.results.forEach((result, i) => (results[start + i] = result))
              onDone(reply.results.length)
              send()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (next < items.length || code !== 0) reject(new Error(`a worker stopped (exit ${code})`))
            })
            send()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}

/**
 * In a worker: answers each batch the main thread sends with `handle`'s results (the batch's items at once,
 * so that one item's file reads and writes overlap another's work).
 */
export function serveBatches<T, R>(handle: (item: T) => Promise<R>): void {
  parentPort!.on('message', (items: T[]) => {
    Promise.all(items.map(handle)).then(
      (results) => parentPort!.postMessage({ results } satisfies Reply<R>),
      (error: unknown) =>
        parentPort!.postMessage({
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies Reply<R>),
    )
  })
}

/** What the main thread gave this worker. */
export const poolData = <T>() => workerData as T
