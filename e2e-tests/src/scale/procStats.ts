/*
 * What Linux says about a process's memory and CPU time (/proc), for the
 * scale benchmark: it measures the backend from outside, as an operator's
 * tools would, without touching the backend's code.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

function status(pid: number): string {
  return fs.readFileSync(`/proc/${pid}/status`, 'utf8');
}

function statusMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status(pid));
  if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(match[1]) / 1024;
}

/** Peak resident memory of a process, in MiB, since it started or was reset. */
export function peakRssMiB(pid: number): number {
  return statusMiB(pid, 'VmHWM');
}

/** A process's resident memory now, in MiB. */
export function rssMiB(pid: number): number {
  return statusMiB(pid, 'VmRSS');
}

/** Resets a process's peak resident memory to its current size. */
export function resetPeakRss(pid: number): void {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

let ticksPerSecond: number | undefined;

/**
 * Clock ticks per second, the unit of /proc's CPU times: asked of the
 * system once, since it is not always 100.
 */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const answer = Number(
      execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim(),
    );
    if (!Number.isFinite(answer) || answer <= 0) {
      throw new Error(`getconf CLK_TCK answered "${answer}"`);
    }
    ticksPerSecond = answer;
  }
  return ticksPerSecond;
}

/**
 * CPU time a process has used so far, user and system together, in
 * seconds (its own threads, not its children's).
 */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces, so
  // fields are counted from its closing parenthesis: the first after it is
  // field 3, so utime (14) and stime (15) are the 12th and 13th.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .trim()
    .split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) {
    throw new Error(`cannot read utime and stime from /proc/${pid}/stat`);
  }
  return ticks / clockTicks();
}
