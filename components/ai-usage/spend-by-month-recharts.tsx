"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MonthlySpend } from "@/lib/ai-usage/spend-by-month";
import { formatUsd } from "./format-usd";
import { monthLabel } from "./month-label";

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Spend per month over the last twelve, the shown month in the darker colour. */
export function SpendByMonthChart({ months, selected }: { months: MonthlySpend[]; selected: string }) {
  const data = months.map((m) => ({ ...m, label: SHORT[Number(m.month.slice(5)) - 1], cost: Number(m.costUsd) }));
  const summary = months.map((m) => `${monthLabel(m.month)} ${formatUsd(m.costUsd)}`).join(", ");
  return (
    <div role="img" aria-label={`AI spend by month: ${summary}.`} className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 11 }} interval={0} />
          <YAxis tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 11 }} width={60} tickFormatter={(v: number) => `$${v}`} />
          <Tooltip
            cursor={{ fill: "#f0f3f4" }}
            contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }}
            labelFormatter={(_, payload) => (payload?.[0] ? monthLabel(payload[0].payload.month) : "")}
            formatter={(_, __, item) => [`${formatUsd(item.payload.costUsd)} · ${item.payload.runs} runs`, "Spend"]}
          />
          <Bar dataKey="cost" radius={[4, 4, 0, 0]} maxBarSize={28} isAnimationActive={false}>
            {data.map((m) => (
              <Cell key={m.month} fill={m.month === selected ? "#175d50" : "#7cc8b3"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
