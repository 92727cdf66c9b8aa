"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesPoint } from "@/lib/portfolios/portfolio-dtos";

export type IrrTrendProps = { net: SeriesPoint[]; gross: SeriesPoint[]; label: string };
export type MoicTrendProps = { points: SeriesPoint[]; label: string };

const axisTick = { fill: "#5a6a6e", fontSize: 11 };
const SHORT_SPAN_DAYS = 300;
/** "9 Jun" over a few months; "Jun 25" once the history spans about a year, where the year matters more than the day. */
const dayTickFor = (points: readonly SeriesPoint[]) => {
  const span = points.length ? (Date.parse(points.at(-1)!.day) - Date.parse(points[0]!.day)) / 86_400_000 : 0;
  const options: Intl.DateTimeFormatOptions = span > SHORT_SPAN_DAYS ? { month: "short", year: "2-digit" } : { day: "numeric", month: "short" };
  return (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { ...options, timeZone: "UTC" });
};
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const multiple = (value: number) => `${value.toFixed(2)}x`;

/** Net and gross IRR by snapshot day, on one axis of percentages. */
export function IrrTrendChart({ net, gross, label }: IrrTrendProps) {
  const grossByDay = new Map(gross.map((point) => [point.day, point.value]));
  const data = net.map((point) => ({ day: point.day, net: point.value, gross: grossByDay.get(point.day) ?? null }));
  const last = net.at(-1);
  return (
    <div role="img" aria-label={last ? `${label}: ${net.length} days, latest ${percent(last.value)} net on ${last.day}.` : label} className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={dayTickFor(net)} tickLine={false} axisLine={false} tick={axisTick} minTickGap={32} />
          <YAxis tickFormatter={percent} tickLine={false} axisLine={false} tick={axisTick} width={56} />
          <ReferenceLine y={0} stroke="#5a6a6e" />
          <Tooltip
            contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }}
            formatter={(v, name) => [percent(Number(v)), name === "net" ? "Net IRR" : "Gross IRR"]}
          />
          <Legend formatter={(name) => (name === "net" ? "Net" : "Gross")} wrapperStyle={{ fontSize: 12 }} />
          <Line type="stepAfter" dataKey="net" stroke="#1d7462" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="gross" stroke="#3b82c4" strokeWidth={1.5} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Gross MOIC by snapshot day, with 1.0x (money back) marked. */
export function MoicTrendChart({ points, label }: MoicTrendProps) {
  const last = points.at(-1);
  return (
    <div role="img" aria-label={last ? `${label}: ${points.length} days, latest ${multiple(last.value)} on ${last.day}.` : label} className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={dayTickFor(points)} tickLine={false} axisLine={false} tick={axisTick} minTickGap={32} />
          <YAxis tickFormatter={multiple} tickLine={false} axisLine={false} tick={axisTick} width={56} domain={["auto", "auto"]} />
          <ReferenceLine y={1} stroke="#5a6a6e" strokeDasharray="2 2" />
          <Tooltip contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }} formatter={(v) => [multiple(Number(v)), "MOIC (gross)"]} />
          <Line type="stepAfter" dataKey="value" stroke="#1d7462" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
