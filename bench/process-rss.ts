/** Resident memory of a process and its descendants, read from /proc (Linux), sampled on a timer. */
import { readFileSync } from "node:fs";

function descendantsOf(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)) {
      if (task) children.push(Number(task));
    }
  } catch {
    return [];
  }
  children = children.flatMap((child) => [child, ...descendantsOf(child)]);
  return children;
}

function rssBytesOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The tree's RSS now: `next start` serves in-process today, but a worker it forks would count too. */
export function treeRssBytes(pid: number): number {
  return [pid, ...descendantsOf(pid)].reduce((sum, each) => sum + rssBytesOf(each), 0);
}

/** Samples every `intervalMs` until stopped; stop() gives the peak and the mean. */
export function sampleRss(pid: number, intervalMs = 50) {
  const samples: number[] = [treeRssBytes(pid)];
  const timer = setInterval(() => samples.push(treeRssBytes(pid)), intervalMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(treeRssBytes(pid));
      return { peak: Math.max(...samples), mean: samples.reduce((a, b) => a + b, 0) / samples.length, count: samples.length };
    },
  };
}
