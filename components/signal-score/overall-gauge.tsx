import { formatScore } from "./format-score";
import { scoreBand } from "@/lib/signal-score/score-band";

const RADIUS = 80;
const ARC = Math.PI * RADIUS;

/** A half-circle gauge of the overall score; the number is text, so it reads without the drawing. */
export function OverallGauge({ score }: { score: number }) {
  const band = scoreBand(score);
  const filled = (Math.max(0, Math.min(100, score)) / 100) * ARC;
  return (
    <figure className="flex flex-col items-center" aria-label={`Overall score ${formatScore(score)} of 100: ${band.label}`}>
      <svg viewBox="0 0 200 112" className="w-full max-w-56" aria-hidden>
        <path d="M 20 100 A 80 80 0 0 1 180 100" fill="none" stroke="#e1e7e8" strokeWidth="16" strokeLinecap="round" />
        <path d="M 20 100 A 80 80 0 0 1 180 100" fill="none" stroke={band.color} strokeWidth="16" strokeLinecap="round" strokeDasharray={`${filled} ${ARC}`} />
      </svg>
      <figcaption className="-mt-14 flex flex-col items-center">
        <span className="text-4xl font-semibold tabular-nums tracking-tight" data-testid="overall-score">
          {formatScore(score)}
        </span>
        <span className="text-xs text-muted-foreground">
          of 100 ·{" "}
          <span style={{ color: band.color }} className="font-medium">
            {band.label}
          </span>
        </span>
      </figcaption>
    </figure>
  );
}
