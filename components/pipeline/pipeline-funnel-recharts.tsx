"use client";

import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { FunnelStep } from "@/lib/pipeline/get-pipeline-funnel";
import { PIPELINE_STAGE_LABELS } from "@/lib/pipeline/pipeline-stages";

/** Deals that reached each stage, as horizontal bars, with the share of the stage before that went on. */
export function PipelineFunnelChart({ steps }: { steps: FunnelStep[] }) {
  const data = steps.map((step) => ({
    label: PIPELINE_STAGE_LABELS[step.stage],
    reached: step.reached,
    note: step.conversionPct === null ? `${step.reached}` : `${step.reached} (${step.conversionPct}%)`,
  }));
  const summary = data.map((d) => `${d.label}: ${d.note}`).join(", ");
  return (
    <div role="img" aria-label={`Deals that reached each stage. ${summary}`} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={150} tickLine={false} axisLine={false} tick={{ fill: "#5a6a6e", fontSize: 12 }} />
          <Tooltip
            cursor={{ fill: "#f1f4f4" }}
            contentStyle={{ borderRadius: 8, border: "1px solid #e1e7e8", fontSize: 12 }}
            formatter={(_, __, item) => [item.payload.note, "Reached"]}
          />
          <Bar dataKey="reached" fill="#1d7462" radius={[0, 4, 4, 0]} minPointSize={2} isAnimationActive={false}>
            <LabelList dataKey="note" position="right" style={{ fill: "#263338", fontSize: 12 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
