"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatScore } from "./format-score";

export type HistoryPoint = { version: number; overall: number; date: string };

/** Overall score across completed versions. */
export function ScoreHistoryChart({ points }: { points: HistoryPoint[] }) {
  const data = points.map((p) => ({ ...p, label: `v${p.version}` }));
  const summary = points.map((p) => `version ${p.version} (${p.date}): ${formatScore(p.overall)}`).join(", ");
  return (
    <div role="img" aria-label={`Overall score history. ${summary}`} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 12 }} />
          <YAxis domain={[0, 100]} tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 12 }} width={40} />
          <Tooltip
            contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }}
            labelFormatter={(_, payload) => (payload?.[0] ? `Version ${payload[0].payload.version} · ${payload[0].payload.date}` : "")}
            formatter={(value) => [formatScore(Number(value)), "Overall"]}
          />
          <Line type="monotone" dataKey="overall" stroke="#1d7462" strokeWidth={2.5} dot={{ r: 4, fill: "#1d7462" }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
