import { Banknote } from "lucide-react";
import { formatMoneyCompact, formatMoneyExact } from "@/lib/utils/format-money";
import type { MoneyTotal } from "@/lib/dashboard/types";

/** One line per currency: totals in different currencies are never added together. */
export function InvestmentSoughtCard({ totals }: { totals: MoneyTotal[] }) {
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 shadow-card sm:p-5">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm font-medium text-muted-foreground">Total investment sought</p>
        <span className="flex size-8 items-center justify-center rounded-md bg-brand-50 text-brand-700">
          <Banknote aria-hidden className="size-4" />
        </span>
      </div>
      {totals.length === 0 ? (
        <p className="text-2xl font-semibold tracking-tight text-muted-foreground">—</p>
      ) : (
        <ul className="grid gap-1.5">
          {totals.map((total) => (
            <li key={total.currency} className="flex items-baseline justify-between gap-3">
              <span className="text-2xl font-semibold tracking-tight tabular-nums" title={formatMoneyExact(total.amount, total.currency)}>
                {formatMoneyCompact(total.amount, total.currency)}
              </span>
              <span className="text-xs text-muted-foreground">
                {total.projectCount} {total.projectCount === 1 ? "project" : "projects"} · {total.currency}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-muted-foreground">Sum of capital required across projects that are not archived.</p>
    </div>
  );
}
