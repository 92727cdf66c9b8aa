"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import { formatScore } from "./format-score";

export type RadarPoint = { label: string; score: number };

/** The five dimensions at a glance; the same numbers are listed beside it as text. */
export function DimensionRadarChart({ points }: { points: RadarPoint[] }) {
  const summary = points.map((p) => `${p.label}: ${formatScore(p.score)}`).join(", ");
  return (
    <div role="img" aria-label={`Signal Score by dimension. ${summary}`} className="h-72 w-full" data-testid="signal-score-radar">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={points} outerRadius="72%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
          <PolarGrid stroke="#e1e7e8" />
          <PolarAngleAxis dataKey="label" tick={{ fill: "#5a6a6e", fontSize: 11 }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} tick={false} axisLine={false} />
          <Tooltip contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }} formatter={(value) => [formatScore(Number(value)), "Score"]} />
          <Radar dataKey="score" stroke="#1d7462" fill="#2a8f78" fillOpacity={0.28} strokeWidth={2} isAnimationActive={false} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
