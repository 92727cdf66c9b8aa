"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDuration } from "@/lib/deal-rooms/engagement/format-duration";

const COLORS = ["#1d7462", "#3b82c4", "#d08c2e", "#8a5cc2", "#c2543b", "#5a6a6e"];

export type TimePerDocumentProps = { orgNames: string[]; rows: { document: string; seconds: Record<string, number> }[] };

/** Reading time per document, one bar each, split by investor organisation; minutes on the axis, exact time in the tooltip. */
export function TimePerDocumentChart({ orgNames, rows }: TimePerDocumentProps) {
  const data = rows.map((row) => ({ document: row.document, ...Object.fromEntries(orgNames.map((org) => [org, (row.seconds[org] ?? 0) / 60])) }));
  const summary = rows.map((row) => `${row.document}: ${formatDuration(Object.values(row.seconds).reduce((sum, s) => sum + s, 0))}`).join(", ");
  return (
    <div role="img" aria-label={`Time per document. ${summary}`} className="w-full" style={{ height: Math.max(160, 56 + rows.length * 44) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid horizontal={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis type="number" tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 11 }} tickFormatter={(v: number) => `${Math.round(v)} min`} />
          <YAxis type="category" dataKey="document" tickLine={false} axisLine={false} tick={{ fill: "#15282c", fontSize: 12 }} width={240} />
          <Tooltip
            cursor={{ fill: "#f0f3f4" }}
            contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }}
            formatter={(value, name) => [formatDuration(Math.round(Number(value) * 60)), String(name)]}
          />
          {orgNames.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {orgNames.map((org, index) => (
            <Bar key={org} dataKey={org} stackId="time" fill={COLORS[index % COLORS.length]} maxBarSize={26} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
