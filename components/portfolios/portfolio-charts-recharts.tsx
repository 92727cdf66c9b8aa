"use client";

import { Area, AreaChart, CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesPoint } from "@/lib/portfolios/portfolio-dtos";
import { formatMoneyCompact } from "@/lib/utils/format-money";

export type PortfolioChartProps = { points: SeriesPoint[]; currency: string; label: string };

const axisTick = { fill: "#5a6a6e", fontSize: 11 };
const monthOf = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });

function describe({ points, currency, label }: PortfolioChartProps) {
  const last = points[points.length - 1];
  return last ? `${label}: ${points.length} points, latest ${formatMoneyCompact(String(last.value), currency)} on ${last.day}.` : label;
}

/** The portfolio's NAV on each day a mark or an exit changed it. */
export function NavOverTimeChart(props: PortfolioChartProps) {
  const money = (v: number) => formatMoneyCompact(String(v), props.currency);
  return (
    <div role="img" aria-label={describe(props)} className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={props.points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={monthOf} tickLine={false} axisLine={false} tick={axisTick} minTickGap={24} />
          <YAxis tickFormatter={money} tickLine={false} axisLine={false} tick={axisTick} width={64} />
          <Tooltip contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }} formatter={(v) => [money(Number(v)), "NAV"]} />
          <Line type="monotone" dataKey="value" stroke="#1d7462" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Cumulative net cash to the investor: below zero while capital is called, rising as it comes back (the J-curve). */
export function JCurveChart(props: PortfolioChartProps) {
  const money = (v: number) => formatMoneyCompact(String(v), props.currency);
  return (
    <div role="img" aria-label={describe(props)} className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={props.points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={monthOf} tickLine={false} axisLine={false} tick={axisTick} minTickGap={24} />
          <YAxis tickFormatter={money} tickLine={false} axisLine={false} tick={axisTick} width={64} />
          <ReferenceLine y={0} stroke="#5a6a6e" />
          <Tooltip contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }} formatter={(v) => [money(Number(v)), "Net cash flow to date"]} />
          <Area type="stepAfter" dataKey="value" stroke="#3b82c4" fill="#3b82c4" fillOpacity={0.15} strokeWidth={2} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
