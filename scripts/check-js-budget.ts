/**
 * npm test runs this after the production build: fails when a route's first-load JavaScript
 * (gzip) is over its budget (scripts/lib/check-js-budget.ts). Reads the build in NEXT_DIST_DIR,
 * as next.config.ts writes it.
 */
import { checkJsBudget, formatTable } from "./lib/check-js-budget";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const report = checkJsBudget(process.cwd(), distDir);
console.log(`First-load JavaScript per route (gzip), build in ${distDir}:\n${formatTable(report.rows)}`);
for (const problem of report.problems) console.error(`✘ ${problem}`);
if (report.ok) console.log(`✓ ${report.rows.length} routes within their budgets.`);
process.exit(report.ok ? 0 : 1);
