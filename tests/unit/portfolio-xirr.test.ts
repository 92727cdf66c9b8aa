import { describe, expect, it } from "vitest";
import { buildXirrSchedule } from "@/lib/portfolios/metrics/build-xirr-schedule";
import { evaluateBalance, evaluateNpv } from "@/lib/portfolios/metrics/evaluate-npv";
import { type XirrFlow, type XirrResult, xirr } from "@/lib/portfolios/metrics/xirr";

const DAY_MS = 86_400_000;

/** ["2008-01-01", -10000] pairs as UTC-midnight flows, in the order given. */
const flows = (rows: [string, number][]): XirrFlow[] => rows.map(([day, amount]) => ({ date: new Date(`${day}T00:00:00Z`), amount }));

/**
 * An independent XIRR: Excel's NPV written out term by term over the raw flows (no same-day
 * summing, no rescaling, Math.pow rather than exp/log1p), and plain bisection on it. Slow and
 * simple, so a mistake in the library's day count, aggregation or solver shows up as a difference.
 */
function referenceNpv(rows: XirrFlow[], rate: number): number {
  const first = Math.min(...rows.map((flow) => flow.date.getTime()));
  return rows.reduce((sum, flow) => sum + flow.amount / (1 + rate) ** ((flow.date.getTime() - first) / DAY_MS / 365), 0);
}

function referenceRate(rows: XirrFlow[], low: number, high: number): number {
  const lowSign = Math.sign(referenceNpv(rows, low));
  if (lowSign === Math.sign(referenceNpv(rows, high))) throw new Error(`no sign change in [${low}, ${high}]`);
  // 100 halvings take any bracket here below a double's resolution.
  for (let step = 0; step < 100; step += 1) {
    const middle = (low + high) / 2;
    if (Math.sign(referenceNpv(rows, middle)) === lowSign) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function rateOf(result: XirrResult): number {
  if (result.kind !== "rate") throw new Error(`expected a rate, got: ${result.reason}`);
  return result.rate;
}

/** 1e-6, relative above 100% (a rate of 412,461 is published to 4 decimals). */
const closeTo = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));

/**
 * Published results. Each is also checked against the independent bisection above, inside the
 * bracket given, which confirms the published figure and the convention (actual/365 from the
 * earliest date) at the same time.
 */
const PUBLISHED: { name: string; source: string; rows: [string, number][]; published: number; bracket: [number, number] }[] = [
  {
    name: "irregular dates (Excel's documented example)",
    source: "Microsoft Support, XIRR function, example: 0.373362535",
    rows: [
      ["2008-01-01", -10000],
      ["2008-03-01", 2750],
      ["2008-10-30", 4250],
      ["2009-02-15", 3250],
      ["2009-04-01", 2750],
    ],
    published: 0.373362535,
    bracket: [0, 1],
  },
  {
    name: "a rate above 300% (Excel's example plus a late 46,000)",
    source: "PhpSpreadsheet tests/data/Calculation/Financial/XIRR.php, 'XIRR calculation #6' (Excel's result): 3.434984565",
    rows: [
      ["2008-01-01", -10000],
      ["2008-03-01", 2750],
      ["2008-10-30", 4250],
      ["2009-02-15", 3250],
      ["2009-04-01", 2750],
      ["2009-06-01", 46000],
    ],
    published: 3.434984565,
    bracket: [1, 10],
  },
  {
    name: "a partial loss (negative rate)",
    source: "PhpSpreadsheet XIRR.php, 'XIRR calculation #5' (Excel's result): -0.197387315",
    rows: [
      ["2010-01-01", -100],
      ["2010-04-01", 20],
      ["2010-10-01", 40],
      ["2011-02-01", 25],
    ],
    published: -0.197387315,
    bracket: [-0.5, 0],
  },
  {
    name: "flows out of date order, two on one day",
    source: "PhpSpreadsheet XIRR.php, 'Dates can be in any order after all' (Excel's result): 0.137963527441025",
    rows: [
      ["2019-06-27", 1893.67],
      ["2019-06-20", 139947.43],
      ["2019-06-21", 52573.25],
      ["2019-06-24", 48849.74],
      ["2019-06-27", 26369.16],
      ["2019-07-27", -273029.18],
    ],
    published: 0.137963527441025,
    bracket: [0, 1],
  },
  {
    name: "a month's loss, received first and repaid later",
    source: "PhpSpreadsheet XIRR.php, 'See issue #2469' (Excel's result): -0.642307613",
    rows: [
      ["2021-11-24", 55600],
      ["2021-12-24", -51094.83],
    ],
    published: -0.642307613,
    bracket: [-0.9, 0],
  },
  {
    name: "Gnumeric's documented example",
    source: "Gnumeric plugins/fn-financial/functions.c, help of XIRR: 'returns 0.224838'",
    rows: [
      ["1999-01-15", -6000],
      ["1999-04-04", 2134],
      ["1999-05-09", 1422],
      ["2000-03-12", 1933],
      ["2000-05-01", 1422],
    ],
    published: 0.224838,
    bracket: [0, 1],
  },
  {
    name: "several calls, then one distribution",
    source: "java-xirr (RayDeCampo) README and XirrTest.xirr_readme_example: 0.2504234710540838",
    rows: [
      ["2016-01-15", -1000],
      ["2016-02-08", -2500],
      ["2016-04-17", -1000],
      ["2016-08-24", 5050],
    ],
    published: 0.2504234710540838,
    bracket: [0, 1],
  },
  {
    name: "quarterly calls, the same as a spreadsheet",
    source: "java-xirr XirrTest.xirr_vs_spreadsheet: 0.1212676",
    rows: [
      ["2010-01-01", -1000],
      ["2010-04-01", -1000],
      ["2010-07-01", -1000],
      ["2010-10-01", -1000],
      ["2011-01-01", 4300],
    ],
    published: 0.1212676,
    bracket: [0, 1],
  },
  {
    name: "17 years of yearly distributions",
    source: "java-xirr XirrTest.xirr_issue_from_node_js_version: 0.2126861",
    rows: [
      ["2000-05-24", -10000],
      ["2000-06-05", 3027.25],
      ["2001-04-09", 630.68],
      ["2004-02-24", 2018.2],
      ["2005-03-18", 1513.62],
      ["2006-02-15", 1765.89],
      ["2007-01-10", 4036.33],
      ["2007-11-14", 4036.33],
      ["2008-12-17", 1513.62],
      ["2010-01-15", 1513.62],
      ["2011-01-14", 2018.16],
      ["2012-02-03", 1513.62],
      ["2013-01-18", 1009.08],
      ["2014-01-24", 1513.62],
      ["2015-01-30", 1513.62],
      ["2016-01-22", 1765.89],
      ["2017-01-20", 1765.89],
      ["2017-06-05", 22421.55],
    ],
    published: 0.2126861,
    bracket: [0, 1],
  },
  {
    name: "a call between two dates, over a leap year",
    source: "java-xirr XirrTest.xirr_implementing_issue_23_is_impossible: 0.07017195",
    rows: [
      ["2010-01-01", -1000],
      ["2011-01-01", -1120],
      ["2013-01-01", 2508.8],
    ],
    published: 0.07017195,
    bracket: [0, 1],
  },
  {
    name: "a call listed after the distribution",
    source: "docs.rs xirr crate (Rust), crate example: 0.1635371584432641",
    rows: [
      ["2015-06-11", -1000],
      ["2015-07-21", -9000],
      ["2018-06-10", 20000],
      ["2015-10-17", -3000],
    ],
    published: 0.1635371584432641,
    bracket: [0, 1],
  },
  {
    name: "ten rapid calls losing three quarters a year (Excel gives #NUM! here)",
    source: "java-xirr XirrTest.xirr_issue5a: -0.7640294",
    rows: [
      ["2001-06-22", -2610],
      ["2001-07-03", -2589],
      ["2001-07-05", -5110],
      ["2001-07-06", -2550],
      ["2001-07-09", -5086],
      ["2001-07-10", -2561],
      ["2001-07-12", -5040],
      ["2001-07-13", -2552],
      ["2001-07-16", -2530],
      ["2001-07-17", 29520],
    ],
    published: -0.7640294,
    bracket: [-0.99, 0],
  },
  {
    name: "a rate of 41,246,164% over 65 days",
    source: "PhpSpreadsheet XIRR.php, 'Python XIRR test line 20' (Excel's result): 412461.6383",
    rows: [
      ["2019-12-31", -100],
      ["2020-03-05", 1000],
    ],
    published: 412461.6383,
    bracket: [1e5, 1e6],
  },
];

describe("xirr against published results", () => {
  it.each(PUBLISHED)("$name ($source)", ({ rows, published, bracket }) => {
    const rate = rateOf(xirr(flows(rows)));
    closeTo(rate, published);
    closeTo(rate, referenceRate(flows(rows), ...bracket));
  });

  it("agrees with OpenOffice's example at the 3 decimals it is published to", () => {
    // wiki.openoffice.org, Documentation/How_Tos/Calc: XIRR function: "returns approximately 0.124".
    const rows = flows([
      ["2008-02-05", -2750],
      ["2008-07-05", 1000],
      ["2009-01-05", 2000],
    ]);
    expect(rateOf(xirr(rows))).toBeCloseTo(0.124, 3);
    closeTo(rateOf(xirr(rows)), referenceRate(rows, 0, 1));
  });
});

describe("xirr on losses, first-day flows and long horizons", () => {
  it("has no rate for a total loss (a final 0 is no flow back), as Excel answers #NUM!", () => {
    // PhpSpreadsheet XIRR.php, 'DeCampo Total loss one year, agree with Excel not DeCampo': #NUM!.
    const result = xirr(
      flows([
        ["2010-01-01", -1000],
        ["2011-01-01", 0],
      ]),
    );
    expect(result.kind).toBe("undefined");
    expect(result.kind === "undefined" && result.reason).toMatch(/never change sign.*total loss/);
  });

  it("gives a rate near −100% for a near-total loss, in closed form", () => {
    // 100 paid, 1 back 365 days later: (1 + r) = 1/100 exactly.
    const oneYear = flows([
      ["2010-01-01", -100],
      ["2011-01-01", 1],
    ]);
    closeTo(rateOf(xirr(oneYear)), -0.99);
    // Ten years (3,653 days with three leap days): (1 + r) = 0.01^(365/3653).
    const tenYears = flows([
      ["2000-01-01", -100],
      ["2010-01-01", 1],
    ]);
    closeTo(rateOf(xirr(tenYears)), 0.01 ** (365 / 3653) - 1);
  });

  it("sums flows on the first day, whatever their signs", () => {
    // Excel's example with its -10,000 paid in two parts on the first day: Excel's 0.373362535 still.
    const split: [string, number][] = [
      ["2008-01-01", -6000],
      ["2008-03-01", 2750],
      ["2008-01-01", -4000],
      ["2008-10-30", 4250],
      ["2009-02-15", 3250],
      ["2009-04-01", 2750],
    ];
    closeTo(rateOf(xirr(flows(split))), 0.373362535);
    // A fee refunded on the day of the call: the net -9,500 is what was at work.
    const refunded = flows([
      ["2008-01-01", -10000],
      ["2008-01-01", 500],
      ["2008-10-30", 4250],
      ["2009-04-01", 7000],
    ]);
    closeTo(rateOf(xirr(refunded)), referenceRate(refunded, 0, 1));
    const netted = flows([
      ["2008-01-01", -9500],
      ["2008-10-30", 4250],
      ["2009-04-01", 7000],
    ]);
    closeTo(rateOf(xirr(refunded)), referenceRate(netted, 0, 1));
  });

  it("holds over 35 and 40 years", () => {
    // 1,000 in 1990, 10,000 back in 2025: 12,784 days, so (1 + r) = 10^(365/12784) exactly.
    const days = (Date.UTC(2025, 0, 1) - Date.UTC(1990, 0, 1)) / DAY_MS;
    expect(days).toBe(12784);
    const tenfold = flows([
      ["1990-01-01", -1000],
      ["2025-01-01", 10000],
    ]);
    closeTo(rateOf(xirr(tenfold)), 10 ** (365 / days) - 1);
    // Ten yearly calls from 1985, then 25 yearly distributions to 2024 (no published figure found: the bisection is the reference).
    const rows = flows([
      ...Array.from({ length: 10 }, (_, year): [string, number] => [`${1985 + year}-03-31`, -1000]),
      ...Array.from({ length: 25 }, (_, year): [string, number] => [`${2000 + year}-09-30`, 900 + 10 * year]),
    ]);
    closeTo(rateOf(xirr(rows)), referenceRate(rows, 0, 1));
  });
});

describe("xirr over two centuries", () => {
  it("sums and orders flows spread too thinly for a bucket per day", () => {
    // 1,000 paid in 1850 in two parts, 5,000 back in 2060, listed backwards: (1 + r) = 5^(365/days) exactly.
    const days = (Date.UTC(2060, 0, 1) - Date.UTC(1850, 0, 1)) / DAY_MS;
    const rows = flows([
      ["2060-01-01", 5000],
      ["1950-06-30", 0],
      ["1850-01-01", -600],
      ["1850-01-01", -400],
    ]);
    closeTo(rateOf(xirr(rows)), 5 ** (365 / days) - 1);
  });
});

describe("xirr when the flows change sign more than once", () => {
  // Lorie and Savage's pump (J. Business, 1955), the textbook case of two rates (Brealey, Myers and
  // Allen, Principles of Corporate Finance, "multiple rates of return"): −1,600, +10,000, −10,000 a
  // year apart fit both 25% and 400%. 2001-2003 has no leap day, so the years are exact.
  const pump = flows([
    ["2001-01-01", -1600],
    ["2002-01-01", 10000],
    ["2003-01-01", -10000],
  ]);

  it("reports the rate Newton reaches from the guess, and the other in alsoFits", () => {
    const fromDefault = xirr(pump);
    closeTo(rateOf(fromDefault), 0.25);
    expect(fromDefault.kind === "rate" && fromDefault.alsoFits).toHaveLength(1);
    closeTo(fromDefault.kind === "rate" ? fromDefault.alsoFits[0]! : Number.NaN, 4);
    const fromThree = xirr(pump, { guess: 3 });
    closeTo(rateOf(fromThree), 4);
    closeTo(fromThree.kind === "rate" ? fromThree.alsoFits[0]! : Number.NaN, 0.25);
    // From 1.5 Newton's first step lands on 400%, though 25% is nearer the guess: the root Newton reaches wins.
    closeTo(rateOf(xirr(pump, { guess: 1.5 })), 4);
  });

  it("finds all three rates of a cubic", () => {
    // −1,000, +6,000, −11,000, +6,000 a year apart: NPV × (1+r)³ = −1,000 (x−1)(x−2)(x−3) with x = 1+r, so 0%, 100% and 200%.
    const result = xirr(
      flows([
        ["2001-01-01", -1000],
        ["2002-01-01", 6000],
        ["2003-01-01", -11000],
        ["2004-01-01", 6000],
      ]),
    );
    if (result.kind !== "rate") throw new Error(result.reason);
    const all = [result.rate, ...result.alsoFits].sort((a, b) => a - b);
    expect(all).toHaveLength(3);
    all.forEach((rate, index) => closeTo(rate, index));
  });

  it("finds the rates of the same cubic spread over 90 years, where discounting near −100% overflows a double", () => {
    // The cubic again with 30-year gaps: (1+r)^30 = 1, 2 or 3 up to leap days. At the scan's lowest rates a 60-year
    // factor is e^1650; NPV is only finite there carried forward to the last date.
    const rows = flows([
      ["1970-01-01", -1000],
      ["2000-01-01", 6000],
      ["2030-01-01", -11000],
      ["2060-01-01", 6000],
    ]);
    const result = xirr(rows);
    if (result.kind !== "rate") throw new Error(result.reason);
    const all = [result.rate, ...result.alsoFits].sort((a, b) => a - b);
    const references = [referenceRate(rows, -0.01, 0.01), referenceRate(rows, 0.01, 0.03), referenceRate(rows, 0.03, 0.05)];
    expect(all).toHaveLength(3);
    all.forEach((rate, index) => closeTo(rate, references[index]!));
  });

  it("when Newton fails from the guess, reports the rate nearest the guess", () => {
    // Newton from 1.4 and from 5.1 on the cubic leaves (−1, ∞); the walk from the guess then finds all three.
    const cubic = flows([
      ["2001-01-01", -1000],
      ["2002-01-01", 6000],
      ["2003-01-01", -11000],
      ["2004-01-01", 6000],
    ]);
    for (const [guess, nearest, others] of [
      [1.4, 1, [0, 2]],
      [5.1, 2, [0, 1]],
    ] as const) {
      const result = xirr(cubic, { guess });
      closeTo(rateOf(result), nearest);
      const alsoFits = result.kind === "rate" ? result.alsoFits : [];
      expect(alsoFits).toHaveLength(2);
      alsoFits.forEach((rate, index) => closeTo(rate, others[index]!));
    }
  });

  it("evaluates NPV near −100% over decades without overflowing", () => {
    // −1, +2, −1 thirty years apart, at −99.9999999999%: a 60-year factor of e^1658 on its own, and Infinity − Infinity in doubles.
    const schedule = buildXirrSchedule(
      flows([
        ["1970-01-01", -1],
        ["2000-01-01", 2],
        ["2030-01-01", -1],
      ]),
    )!;
    const { value } = evaluateNpv(schedule, -1 + 1e-12);
    expect(Number.isFinite(value)).toBe(true);
    // NPV = −1 + 2v^30 − v^60 with v = 1/(1+r) huge: negative, as its carried-forward value says.
    expect(value).toBeLessThan(0);
    expect(evaluateBalance(schedule, -1 + 1e-12).sign).toBe(-1);
  });

  it("says why when no rate fits, as Excel answers #NUM!", () => {
    // PhpSpreadsheet XIRR.php, 'Can't find a result2 that works': #NUM!. NPV is negative at every rate
    // but those within about 1e-13 of −100%, where the final +5 takes over.
    const result = xirr(
      flows([
        ["2010-01-15", -10000],
        ["2010-04-16", 10000],
        ["2010-07-16", -10000],
        ["2010-10-15", 5],
      ]),
    );
    expect(result).toEqual({ kind: "undefined", reason: expect.stringMatching(/change direction 3 times.*no rate between −99.9999999999% and 1e20/) });
  });

  it("finds a root next to −100% where Excel gives up", () => {
    // PhpSpreadsheet XIRR.php, 'Python XIRR test line 39': Excel #NUM!; the NPV does cross zero, at about −99.999998%.
    const rows = flows([
      ["2016-04-06", 18902],
      ["2016-05-04", 83600],
      ["2016-05-12", -5780],
      ["2017-05-08", -4080],
      ["2017-07-03", -56780],
      ["2018-05-07", -2210],
      ["2019-05-06", -2380],
      ["2019-10-01", 33975],
      ["2020-03-13", 23067.98],
      ["2020-05-07", -1619.57],
    ]);
    closeTo(rateOf(xirr(rows)), referenceRate(rows, -1 + 1e-12, -0.5));
  });

  it("lists every rate an independent fine scan finds, and nothing else", () => {
    // Deterministic random flows with several sign changes; the reference scans ln(1+r) in steps of 0.002 from −99% to +1,000%.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    let multiple = 0;
    for (let trial = 0; trial < 40; trial += 1) {
      const rows = Array.from({ length: 6 }, (_, index) => ({
        date: new Date(Date.UTC(2010, 0, 1) + Math.floor((index + random()) * 400) * DAY_MS),
        amount: Math.round((random() - 0.45) * 10000),
      }));
      const expected: number[] = [];
      for (let log = Math.log(0.01); log < Math.log(11); log += 0.002)
        if (Math.sign(referenceNpv(rows, Math.expm1(log))) !== Math.sign(referenceNpv(rows, Math.expm1(log + 0.002))))
          expected.push(referenceRate(rows, Math.expm1(log), Math.expm1(log + 0.002)));
      const result = xirr(rows);
      const found = result.kind === "rate" ? [result.rate, ...result.alsoFits].filter((rate) => rate >= -0.99 && rate <= 10).sort((a, b) => a - b) : [];
      expect(found).toHaveLength(expected.length);
      found.forEach((rate, index) => closeTo(rate, expected[index]!));
      if (expected.length > 1) multiple += 1;
    }
    // Guards the guard: the trials must include flows with more than one rate.
    expect(multiple).toBeGreaterThanOrEqual(3);
  });
});

describe("xirr when there is no rate", () => {
  it.each([
    ["no flows", [] as [string, number][], /at least two cash flows/],
    ["one flow", [["2020-01-01", -100]] as [string, number][], /at least two cash flows/],
    // PhpSpreadsheet XIRR.php, 'Cash flows are all positive' and 'all negative': #NUM!.
    [
      "only money received",
      [
        ["2015-01-04", 4000],
        ["2019-06-27", 46000],
      ] as [string, number][],
      /never change sign\. Money came out but none went in/,
    ],
    [
      "only money paid in",
      [
        ["2015-01-04", -4000],
        ["2019-06-27", -46000],
      ] as [string, number][],
      /never change sign\. Money went in and nothing came back/,
    ],
    [
      "only zeros",
      [
        ["2015-01-04", 0],
        ["2019-06-27", 0],
      ] as [string, number][],
      /All cash flows are zero/,
    ],
    [
      "flows that cancel out on each day",
      [
        ["2015-01-04", -100],
        ["2015-01-04", 100],
        ["2019-06-27", 0.1 + 0.2],
        ["2019-06-27", -0.3],
      ] as [string, number][],
      /All cash flows are zero/,
    ],
    [
      "everything on one day",
      [
        ["2015-01-04", -100],
        ["2015-01-04", 150],
      ] as [string, number][],
      /fall on one day/,
    ],
  ])("%s", (_, rows, reason) => {
    const result = xirr(flows(rows));
    expect(result).toEqual({ kind: "undefined", reason: expect.stringMatching(reason) });
  });

  it("refuses an invalid date or amount rather than computing with it", () => {
    expect(
      xirr([
        { date: new Date("not a date"), amount: -1 },
        { date: new Date(), amount: 2 },
      ]).kind,
    ).toBe("undefined");
    expect(
      xirr([
        { date: new Date(), amount: Number.NaN },
        { date: new Date(), amount: 2 },
      ]).kind,
    ).toBe("undefined");
  });
});

describe("xirr over 20,000 flows", () => {
  it("gives the reference rate, in any order of the flows", () => {
    // The bench's kind of ledger: 20 years of mostly calls first and mostly distributions later, many on the same days.
    let seed = 16;
    const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
    const rows = Array.from({ length: 20_000 }, () => {
      const day = Math.floor(random() * 7305);
      const call = random() < 0.9 - (0.8 * day) / 7305;
      return { date: new Date(Date.UTC(2005, 0, 1) + day * DAY_MS), amount: Math.round((call ? -1 : 1.5) * (10_000 + random() * 990_000) * 100) / 100 };
    });
    const sorted = [...rows].sort((a, b) => a.date.getTime() - b.date.getTime());
    const reference = referenceRate(rows, 0, 1);
    for (const input of [rows, sorted]) {
      const result = xirr(input);
      closeTo(rateOf(result), reference);
      expect(result.kind === "rate" && result.alsoFits).toEqual([]);
    }
  });
});
