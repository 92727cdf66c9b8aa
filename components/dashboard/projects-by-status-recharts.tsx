"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PROJECT_STATUSES, type ProjectStatusCounts } from "@/lib/dashboard/types";
import { PROJECT_STATUS_META } from "./project-status-meta";

/** The counts are also on the stat cards as text; the chart is the at-a-glance shape of them. */
export function ProjectsByStatusChart({ counts }: { counts: ProjectStatusCounts }) {
  const data = PROJECT_STATUSES.map((status) => ({
    status,
    label: PROJECT_STATUS_META[status].label,
    count: counts[status],
  }));
  const summary = data.map((row) => `${row.label}: ${row.count}`).join(", ");

  return (
    <div role="img" aria-label={`Projects by status. ${summary}`} className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 12 }} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 12 }} width={40} />
          <Tooltip
            cursor={{ fill: "#f0f3f4" }}
            contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12, boxShadow: "0 4px 12px rgb(15 29 27 / 0.08)" }}
            formatter={(value) => [value, "Projects"]}
          />
          <Bar dataKey="count" radius={[6, 6, 0, 0]} maxBarSize={56}>
            {data.map((row) => (
              <Cell key={row.status} fill={PROJECT_STATUS_META[row.status].chartColor} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
