/** Timing helpers for benchmarks: medians over interleaved runs, ratios rather than raw times. */
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs each task `rounds` times, interleaved so that machine noise hits all alike; returns medians in ms. */
export function compare(tasks: Record<string, () => unknown>, rounds: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (const task of Object.values(tasks)) task(); // warm-up: JIT, caches
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, task] of Object.entries(tasks)) {
      const start = performance.now();
      task();
      samples[name]!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
