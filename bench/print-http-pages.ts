import { HTML_BUDGET_BYTES, type HttpBenchResult, LIST_RATIO_BUDGET, RSS_RETURN_BUDGET } from "./http-pages.bench";

const num = (value: number, digits = 1) => value.toFixed(digits).padStart(9);

/** The HTTP section's table; returns whether every budget held. */
export function printHttpPages(result: HttpBenchResult): boolean {
  if (result.kind === "skipped") {
    console.log(`  skipped: ${result.reason}`);
    return true;
  }
  console.log(`  backend ${result.backend}; times in ms; ratio is p50 over health's p50`);
  console.log(`  ${"page".padEnd(22)}${"p50".padStart(9)}${"p95".padStart(9)}${"req/s".padStart(9)}${"x health".padStart(9)}${"HTML KB".padStart(9)}  budget`);
  for (const page of result.pages) {
    const budgets = [
      page.budgeted ? `p50 < ${LIST_RATIO_BUDGET}x: ${page.ratioP50 < LIST_RATIO_BUDGET ? "ok" : "OVER"}` : "",
      page.path.startsWith("/api/") ? "" : `HTML < ${HTML_BUDGET_BYTES / 1024} KB: ${page.htmlBytes <= HTML_BUDGET_BYTES ? "ok" : "OVER"}`,
      page.errors || page.non2xx ? `${page.errors} errors, ${page.non2xx} non-2xx` : "",
    ].filter(Boolean);
    console.log(
      `  ${page.name.padEnd(22)}${num(page.p50)}${num(page.p95)}${num(page.requestsPerSecond, 0)}${num(page.ratioP50)}${num(page.htmlBytes / 1024, 0)}  ${budgets.join("; ")}`,
    );
  }
  const { startMb, warmMb, peakMb, afterMb } = result.rss;
  const returned = afterMb <= warmMb * RSS_RETURN_BUDGET;
  console.log(
    `  server RSS: started ${startMb.toFixed(0)} MB, warm ${warmMb.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB, 10 s after ${afterMb.toFixed(0)} MB (within 25% of warm: ${returned ? "ok" : "OVER"})`,
  );
  return result.failures.length === 0;
}
