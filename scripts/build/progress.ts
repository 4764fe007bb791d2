/**
 * Progress of a long step: on a terminal a live bar (cli-progress) with the count, the rate and the time
 * left; elsewhere (CI, logs) nothing until the step's one-line summary.
 */
import { SingleBar } from 'cli-progress'

export interface Progress {
  tick(): void
  stop(): void
}

export function startProgress(label: string, total: number, unit: string): Progress {
  if (!process.stderr.isTTY || total < 200) return { tick() {}, stop() {} }
  const bar = new SingleBar({
    stream: process.stderr,
    format: `${label} [{bar}] {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 200,
    fps: 5,
  })
  const started = performance.now()
  bar.start(total, 0, { rate: 0 })
  let done = 0
  return {
    tick() {
      done++
      bar.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000 || 1)) })
    },
    stop: () => bar.stop(),
  }
}
