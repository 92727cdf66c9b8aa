import { Handshake, ChartLine, ShieldCheck } from "lucide-react";
import type { ReactNode } from "react";
import { BrandMark } from "@/components/shell/brand-mark";

const PITCH = "Where renewable-energy developers and climate investors meet to finance projects.";

const POINTS = [
  { icon: ChartLine, text: "Developers present projects, milestones and capital budgets in one place." },
  { icon: Handshake, text: "Investors find published projects that fit their mandate." },
  { icon: ShieldCheck, text: "Every organisation sees only its own workspace; every change is audited." },
];

/** Two columns on large screens: the pitch on a brand panel, the sign-in on the right. */
export function AuthShell({ children }: { children: ReactNode }) {
  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <aside className="relative hidden overflow-hidden bg-sidebar px-12 py-12 text-sidebar-foreground lg:flex lg:flex-col lg:justify-between">
        <div aria-hidden className="pointer-events-none absolute -right-32 -bottom-32 size-[28rem] rounded-full bg-brand-500/15 blur-3xl" />
        <BrandMark tone="dark" />
        <div className="relative grid max-w-md gap-6">
          <div className="grid gap-3">
            <h2 className="text-3xl leading-tight font-semibold tracking-tight text-white">Capital for the projects that decarbonise the grid.</h2>
            <p className="text-sm leading-relaxed">{PITCH}</p>
          </div>
          <ul className="grid gap-4">
            {POINTS.map(({ icon: Icon, text }) => (
              <li key={text} className="flex gap-3 text-sm leading-relaxed">
                <span className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-md bg-white/10 text-brand-300">
                  <Icon aria-hidden className="size-4" />
                </span>
                {text}
              </li>
            ))}
          </ul>
        </div>
        <p className="relative text-xs text-sidebar-muted">SCR Platform · renewable-energy project finance</p>
      </aside>
      <main className="flex items-start justify-center px-4 py-10 sm:px-8 lg:items-center lg:py-16">
        <div className="w-full max-w-xl">
          <div className="mb-8 grid gap-2 lg:hidden">
            <BrandMark />
            <p className="text-sm text-muted-foreground">{PITCH}</p>
          </div>
          {children}
        </div>
      </main>
    </div>
  );
}
