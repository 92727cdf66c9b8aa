"use client";

import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis, type YAxisTickContentProps } from "recharts";
import { MILESTONE_STATUS_META } from "@/components/milestones/milestone-status-meta";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { timelineChartHeight } from "./chart-heights";
import { dayToMs, formatUtc, monthTicks, timelineDomain } from "./timeline-scale";
import { useElementWidth } from "./use-element-width";

type Point = { x: number; y: number; milestone: MilestoneDto };

const AXIS = { fill: "#5a6a6e", fontSize: 12 };
const shortDate = (ms: number) => formatUtc(ms, "month");
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * One row per milestone: a ring at the target date in the status colour, a dot at the completed
 * date, a line between them when they differ (green early, red late), and a red dashed line from
 * an overdue target to today.
 */
export function MilestoneTimelineChart({ milestones, today }: { milestones: MilestoneDto[]; today: string }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  // The name column takes a third of a phone screen, less of a wide card; ~6.5px per character at 12px.
  const labelWidth = width > 0 && width < 480 ? 110 : 180;
  const labelChars = Math.floor((labelWidth - 10) / 6.5);
  const todayMs = dayToMs(today);
  const targets: Point[] = milestones.map((milestone, y) => ({ x: dayToMs(milestone.targetDate), y, milestone }));
  const completions: Point[] = milestones.flatMap((milestone, y) => (milestone.completedDate ? [{ x: dayToMs(milestone.completedDate), y, milestone }] : []));
  const domain = timelineDomain(
    [...targets, ...completions].map((p) => p.x),
    todayMs,
  );
  const summary = milestones
    .map((m) => `${m.name}: target ${m.targetDate}${m.completedDate ? `, completed ${m.completedDate}` : ""}, ${MILESTONE_STATUS_META[m.status].label}`)
    .join("; ");

  return (
    <div ref={ref} role="img" aria-label={`Milestone timeline. ${summary}.`} className="w-full" style={{ height: timelineChartHeight(milestones.length) }}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 20, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e1e7e8" strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={domain}
            ticks={monthTicks(domain, width > 0 && width < 480 ? 3 : 6)}
            tickFormatter={shortDate}
            tick={AXIS}
            tickLine={false}
            axisLine={false}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-0.5, milestones.length - 0.5]}
            ticks={milestones.map((_, index) => index)}
            interval={0}
            reversed
            width={labelWidth}
            tickLine={false}
            axisLine={false}
            tick={(props: YAxisTickContentProps) => (
              <NameTick x={Number(props.x)} y={Number(props.y)} name={milestones[Number(props.payload.value)]?.name ?? ""} maxChars={labelChars} />
            )}
          />
          <ZAxis range={[90, 90]} />
          {milestones.map((m, y) => (
            <Segment key={m.id} milestone={m} y={y} todayMs={todayMs} />
          ))}
          <ReferenceLine x={todayMs} stroke="#0f1d1b" strokeDasharray="4 4" label={{ value: "Today", position: "top", fill: "#0f1d1b", fontSize: 11 }} />
          <Tooltip cursor={false} content={<TimelineTooltip />} />
          <Scatter data={targets} isAnimationActive={false} shape={(props: { cx?: number; cy?: number; payload?: Point }) => <TargetMark {...props} />} />
          <Scatter
            data={completions}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number }) => <circle cx={props.cx} cy={props.cy} r={5} fill="#15803d" />}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One line, cut to fit, the full name on hover: Recharts would wrap long names into the next row. */
function NameTick({ x, y, name, maxChars }: { x: number; y: number; name: string; maxChars: number }) {
  return (
    <text x={x} y={y} textAnchor="end" dominantBaseline="middle" fill={AXIS.fill} fontSize={AXIS.fontSize}>
      <title>{name}</title>
      {truncate(name, maxChars)}
    </text>
  );
}

function Segment({ milestone, y, todayMs }: { milestone: MilestoneDto; y: number; todayMs: number }) {
  const target = dayToMs(milestone.targetDate);
  if (milestone.completedDate) {
    const done = dayToMs(milestone.completedDate);
    if (done === target) return null;
    return (
      <ReferenceLine
        segment={[
          { x: target, y },
          { x: done, y },
        ]}
        stroke={done > target ? "#b42318" : "#15803d"}
        strokeWidth={2}
      />
    );
  }
  if (milestone.status === "DELAYED" && target < todayMs) {
    return (
      <ReferenceLine
        segment={[
          { x: target, y },
          { x: todayMs, y },
        ]}
        stroke="#b42318"
        strokeWidth={2}
        strokeDasharray="3 3"
      />
    );
  }
  return null;
}

function TargetMark({ cx, cy, payload }: { cx?: number; cy?: number; payload?: Point }) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const color = MILESTONE_STATUS_META[payload.milestone.status].color;
  return <circle cx={cx} cy={cy} r={7} fill="#ffffff" stroke={color} strokeWidth={3} />;
}

function TimelineTooltip({ active, payload }: { active?: boolean; payload?: { payload: Point }[] }) {
  const milestone = active ? payload?.[0]?.payload.milestone : undefined;
  if (!milestone) return null;
  return (
    <div className="grid gap-0.5 rounded-lg border border-border bg-surface px-3 py-2 text-xs shadow-pop">
      <p className="font-semibold text-foreground">{milestone.name}</p>
      <p className="text-muted-foreground">Target {formatUtc(dayToMs(milestone.targetDate), "day")}</p>
      {milestone.completedDate ? <p className="text-success">Completed {formatUtc(dayToMs(milestone.completedDate), "day")}</p> : null}
      <p style={{ color: MILESTONE_STATUS_META[milestone.status].color }}>
        {MILESTONE_STATUS_META[milestone.status].label} · {milestone.completionPct}%
      </p>
    </div>
  );
}
