import { readFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';

/** What a benchmark ran on, recorded beside its figures. */
export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  node: string;
  loadAverage: string;
  date: string;
}

export function machine(): Machine {
  let loadAverage = '';
  try {
    loadAverage = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    loadAverage = 'unknown';
  }
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    node: process.version,
    loadAverage,
    date: new Date().toISOString(),
  };
}
