"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatAmount, varianceTone } from "@/components/budget/format-amount";
import type { BudgetCategory } from "@/lib/budget/summarize-budget";
import { budgetChartHeight } from "./chart-heights";

const AXIS = { fill: "#5a6a6e", fontSize: 12 };
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const truncate = (text: string, max = 16) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type Row = { category: string; estimated: number; actual: number | null; over: boolean; source: BudgetCategory };

/**
 * Estimated against actual per category. Bar lengths are the only place the decimal strings
 * become numbers (pixels need them); every figure a person reads is the exact string.
 */
export function BudgetByCategoryChart({ categories, currency }: { categories: BudgetCategory[]; currency: string }) {
  const data: Row[] = categories.map((group) => ({
    category: group.category,
    estimated: Number(group.totals.estimated),
    actual: group.totals.linesWithActual > 0 ? Number(group.totals.actual) : null,
    over: group.totals.variance !== null && varianceTone(group.totals.variance) === "over",
    source: group,
  }));
  const summary = categories
    .map(
      (g) =>
        `${g.category}: estimated ${currency} ${formatAmount(g.totals.estimated)}${g.totals.linesWithActual > 0 ? `, actual ${currency} ${formatAmount(g.totals.actual)}` : ""}`,
    )
    .join("; ");

  return (
    <div role="img" aria-label={`Budget by category in ${currency}. ${summary}.`} className="w-full" style={{ height: budgetChartHeight(data.length) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }} barGap={2} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={(value: number) => compact.format(value)} tick={AXIS} tickLine={false} axisLine={false} />
          <YAxis type="category" dataKey="category" width={120} tick={AXIS} tickLine={false} axisLine={false} tickFormatter={(value: string) => truncate(value)} />
          <Tooltip cursor={{ fill: "#f0f3f4" }} content={<BudgetTooltip currency={currency} />} />
          <Bar dataKey="estimated" name="Estimated" fill="#aedfd0" radius={[0, 4, 4, 0]} maxBarSize={16} isAnimationActive={false} />
          <Bar dataKey="actual" name="Actual" radius={[0, 4, 4, 0]} maxBarSize={16} isAnimationActive={false}>
            {data.map((row) => (
              <Cell key={row.category} fill={row.over ? "#b42318" : "#1d7462"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function BudgetTooltip({ active, payload, currency }: { active?: boolean; payload?: { payload: Row }[]; currency: string }) {
  const group = active ? payload?.[0]?.payload.source : undefined;
  if (!group) return null;
  const { totals } = group;
  return (
    <div className="grid gap-0.5 rounded-lg border border-border bg-surface px-3 py-2 text-xs shadow-pop">
      <p className="font-semibold text-foreground">{group.category}</p>
      <p className="text-muted-foreground">
        Estimated {currency} {formatAmount(totals.estimated)}
      </p>
      <p className="text-muted-foreground">Actual {totals.linesWithActual > 0 ? `${currency} ${formatAmount(totals.actual)}` : "none yet"}</p>
    </div>
  );
}
