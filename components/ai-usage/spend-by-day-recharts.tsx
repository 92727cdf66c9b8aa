"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DailySpend } from "@/lib/ai-usage/spend-by-day";
import { formatUsd } from "./format-usd";

/** Daily spend in one month; the chart plots numbers, the tooltip shows the exact decimal string. */
export function SpendByDayChart({ days }: { days: DailySpend[] }) {
  const data = days.map((d) => ({ ...d, day: d.date.slice(8), cost: Number(d.costUsd) }));
  const total = days.reduce((n, d) => n + d.runs, 0);
  return (
    <div role="img" aria-label={`AI spend by day: ${total} runs over ${days.length} days.`} className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis dataKey="day" tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 11 }} width={60} tickFormatter={(v: number) => `$${v}`} />
          <Tooltip
            cursor={{ fill: "#f0f3f4" }}
            contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }}
            labelFormatter={(_, payload) => payload?.[0]?.payload.date ?? ""}
            formatter={(_, __, item) => [`${formatUsd(item.payload.costUsd)} · ${item.payload.runs} runs`, "Spend"]}
          />
          <Bar dataKey="cost" fill="#2a8f78" radius={[4, 4, 0, 0]} maxBarSize={28} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
