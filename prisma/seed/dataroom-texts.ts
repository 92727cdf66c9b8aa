/**
 * What is written in the demo data-room files. The seed renders each entry into a real file (PDF,
 * XLSX or DOCX), and the app's own extraction reads the text back: search, the viewer, the
 * Signal Score and redaction all quote these words, on these pages.
 */
import type { DemoFileContent } from "./demo-files/render-demo-file";

const modelSummary = (rev: string, rows: (string | number)[][]) => [["Item", "Value"], ["Model", `Turkana Solar Park - ${rev}`], ...rows];

export const DOCUMENT_CONTENT = {
  "financial-model-v1": {
    kind: "xlsx",
    sheets: [
      {
        name: "Summary",
        rows: modelSummary("first draft, May 2026", [
          ["Installed capacity", "45.0 MWp DC"],
          ["Total project cost (USD)", 39_800_000],
          ["Financing", "Equity-funded placeholder; debt sizing not yet modelled"],
          ["PPA tariff (USD/kWh)", "0.0780 assumed, no term sheet"],
        ]),
      },
      {
        name: "Capex",
        rows: [
          ["Line", "USD"],
          ["EPC", 30_100_000],
          ["Grid connection", 3_200_000],
          ["Development", 1_200_000],
          ["Legal", 600_000],
          ["IDC & fees", 4_700_000],
        ],
      },
    ],
  },
  "financial-model-v2": {
    kind: "xlsx",
    sheets: [
      {
        name: "Summary",
        rows: modelSummary("rev. 2, August 2026", [
          ["Installed capacity", "48.0 MWp DC / 38.4 MWac"],
          ["Total project cost (USD)", 41_200_000],
          ["Financing", "Senior debt 70%, sponsor equity 30% (indicative)"],
          ["PPA tariff (USD/kWh)", "0.0745 per term sheet v1"],
          ["Equity IRR", "13.9%"],
        ]),
      },
      {
        name: "Capex",
        rows: [
          ["Line", "USD"],
          ["EPC", 29_800_000],
          ["Grid connection", 3_400_000],
          ["Development", 1_300_000],
          ["Legal", 650_000],
          ["Contingency", 2_100_000],
          ["IDC & fees", 3_950_000],
        ],
      },
      {
        name: "Debt",
        rows: [
          ["Term", "Value"],
          ["Senior debt (USD)", 28_840_000],
          ["Tenor", "15 years"],
          ["Margin", "6-month SOFR + 4.50%"],
        ],
      },
    ],
  },
  "financial-model-v3": {
    kind: "xlsx",
    sheets: [
      {
        name: "Summary",
        rows: modelSummary("Base Case, rev. 3, November 2026", [
          ["Installed capacity", "48.0 MWp DC / 38.4 MWac, single-axis trackers, bifacial modules"],
          ["P50 net energy yield (year 1)", "98.4 GWh; P90 (1-year) 91.6 GWh; degradation 0.4% p.a."],
          ["Total project cost (USD)", "41,500,000 (EPC 29.8m, grid 3.4m, development 1.3m, legal 0.65m, contingency 2.4m, IDC & fees 4.0m)"],
          ["Financing", "Senior debt 70% (USD 29.05m, 15-year tenor, 6-month SOFR + 4.25%), sponsor equity 30% (USD 12.45m)"],
          ["PPA tariff", "USD 0.0745/kWh flat, 20 years, take-or-pay above 2% curtailment"],
          ["Year-1 revenue / opex", "USD 7.33m / USD 0.88m (incl. land lease KES 18m p.a.)"],
          ["Returns", "Minimum DSCR 1.32x (2031), average DSCR 1.45x, project IRR 11.2% post-tax, equity IRR 14.8%"],
          ["Sensitivities", "P90 yield: minimum DSCR 1.21x; capex +10%: equity IRR 12.6%; tariff -5%: equity IRR 12.9% (see the Sensitivities sheet)"],
        ]),
      },
      {
        name: "Capex",
        rows: [
          ["Line", "USD"],
          ["EPC", 29_800_000],
          ["Grid connection", 3_400_000],
          ["Development", 1_300_000],
          ["Legal", 650_000],
          ["Contingency", 2_400_000],
          ["IDC & fees", 3_950_000],
        ],
      },
      {
        name: "Debt",
        rows: [
          ["Term", "Value"],
          ["Senior debt (USD)", 29_050_000],
          ["Tenor", "15 years, sculpted to a 1.30x target DSCR"],
          ["Margin", "6-month SOFR + 4.25%"],
          ["DSRA", "6 months of debt service"],
        ],
      },
      {
        name: "Sensitivities",
        rows: [
          ["Case", "Result"],
          ["P90 yield", "Minimum DSCR 1.21x"],
          ["Capex +10%", "Equity IRR 12.6%"],
          ["Tariff -5%", "Equity IRR 12.9%"],
          ["COD delayed 6 months", "Equity IRR 13.5%"],
        ],
      },
    ],
  },
  "ppa-term-sheet-v1": {
    kind: "pdf",
    pages: [
      {
        heading: "Power Purchase Agreement - Indicative Term Sheet",
        paragraphs: [
          "Draft of 10 July 2026.",
          "Seller: Turkana Solar Park Ltd (SPV of Helios Renewables). Buyer: The Kenya Power and Lighting Company PLC.",
          "Contracted capacity: 38.4 MWac. Term: 20 years from the commercial operation date.",
          "Tariff: USD 0.0745 per kWh, flat, subject to EPRA review.",
        ],
      },
      {
        heading: "Open points",
        paragraphs: [
          "Deemed energy, payment security and termination payments are under discussion between the parties and are not agreed in this draft.",
          "This draft is not binding on either party.",
        ],
      },
    ],
  },
  "ppa-term-sheet-v2": {
    kind: "pdf",
    pages: [
      {
        heading: "Power Purchase Agreement - Indicative Term Sheet",
        paragraphs: [
          "Revised on 18 October 2026.",
          "Seller: Turkana Solar Park Ltd (SPV of Helios Renewables). Buyer: The Kenya Power and Lighting Company PLC.",
          "Contracted capacity: 38.4 MWac. Term: 20 years from the commercial operation date.",
          "Tariff: USD 0.0745 per kWh, flat, no indexation, payable in USD at the CBK mean rate.",
        ],
      },
      {
        heading: "Energy and curtailment",
        paragraphs: [
          "Deemed energy: payable for curtailment exceeding 2% of annual P50 energy, measured at the Lodwar 33 kV metering point.",
          "Take-or-pay: the buyer pays for all energy delivered and for deemed energy.",
        ],
      },
      {
        heading: "Security and termination",
        paragraphs: [
          "Security: letter of credit covering 6 months of payments, issued by a bank rated A or better; GoK letter of support requested.",
          "Termination: buyer default payment equal to outstanding senior debt plus an equity return of 12%.",
        ],
      },
      {
        heading: "Conditions precedent",
        paragraphs: [
          "Conditions precedent: EPRA tariff approval, NEMA licence, grid connection agreement with KETRACO.",
          "The NEMA licence and the grid connection agreement have been obtained; EPRA approval of the tariff was received on 14 October 2026.",
        ],
      },
    ],
  },
  "energy-yield": {
    kind: "pdf",
    pages: [
      {
        heading: "P50/P90 Energy Yield Assessment - Turkana Solar Park",
        paragraphs: [
          "Independent engineer's report, April 2026, prepared for Helios Renewables and the lenders.",
          "Plant: 48.0 MWp DC / 38.4 MWac, single-axis trackers with bifacial modules, 14 km south-west of Lodwar, Turkana County (3.05 N, 35.52 E).",
        ],
      },
      {
        heading: "1. Solar resource",
        paragraphs: [
          "Irradiation source: 14 months of on-site pyranometer data correlated with 20 years of satellite data (GHI 2,362 kWh/m2/yr).",
          "The long-term correlation coefficient is 0.94; the site data were cleaned for soiling of the sensors and two outages.",
        ],
      },
      {
        heading: "2. Energy yield",
        paragraphs: ["Specific yield P50: 2,050 kWh/kWp/yr. Performance ratio: 83.6%. Bifacial gain: 6.8%.", "P50 net energy (year 1): 98.4 GWh."],
      },
      { heading: "3. Losses", paragraphs: ["Soiling 2.9% (dust; cleaning every 3 weeks), temperature 7.1%, availability 0.8%, grid curtailment 1.5% assumed."] },
      { heading: "4. Uncertainty and exceedance", paragraphs: ["Uncertainty: 6.9% (1-year), 5.4% (10-year). P90 (1-year) = 93.1% of P50, i.e. 91.6 GWh."] },
      {
        heading: "5. Grid curtailment risk",
        paragraphs: [
          "Grid curtailment risk depends on the 2027 Lodwar-Kainuk line reinforcement; without it curtailment may reach 4-6% in the dry season.",
          "Mitigation: the PPA deemed-energy clause compensates curtailment above 2% of annual P50 energy.",
        ],
      },
    ],
  },
  esia: {
    kind: "pdf",
    pages: [
      {
        heading: "Environmental and Social Impact Assessment - Summary",
        paragraphs: ["Turkana Solar Park, 48 MWp. NEMA licence NEMA/EIA/PSL/24871, issued 12 September 2026."],
      },
      {
        heading: "1. Site and baseline",
        paragraphs: ["Site: 96 ha of arid rangeland, 14 km south-west of Lodwar, Turkana County. No protected areas or critical habitat within 10 km."],
      },
      {
        heading: "2. Impacts and mitigation",
        paragraphs: [
          "Key impacts: loss of seasonal grazing on 96 ha; water use for module cleaning (4,200 m3/yr); dust during construction.",
          "Mitigation: livelihood restoration plan for 62 pastoralist households; dry-cleaning robots to cut water use by 80%; community grievance mechanism.",
        ],
      },
      {
        heading: "3. Standards and consultation",
        paragraphs: ["IFC Performance Standards 1, 2, 3, 5 and 7 were applied; Free, Prior and Informed Consent was documented with 4 community assemblies."],
      },
      {
        heading: "4. Climate and social benefits",
        paragraphs: [
          "Avoided emissions: approx. 61,000 tCO2e per year (grid emission factor 0.62 tCO2/MWh).",
          "Local employment: 320 jobs at peak construction, 28 permanent; 40% local hiring target.",
        ],
      },
    ],
  },
  "land-lease": {
    kind: "pdf",
    pages: [
      {
        heading: "Land Lease Agreement",
        paragraphs: ["Between the County Government of Turkana (Lessor) and Turkana Solar Park Ltd (Lessee), signed on 18 March 2026."],
      },
      {
        heading: "1. Premises and term",
        paragraphs: ["Parcel: Turkana/Lodwar-Kanamkemer/1187, 96.2 hectares. Term: 30 years from 18 March 2026, renewable once for 10 years."],
      },
      { heading: "2. Rent", paragraphs: ["Rent: KES 18,000,000 per year, escalating 3% annually; community development fund 1.5% of annual revenue."] },
      { heading: "3. Assignment", paragraphs: ["Assignment: the Lessee may assign or charge this lease to its lenders without the Lessor's consent (clause 14.2)."] },
      {
        heading: "Signatures",
        paragraphs: [
          "Signed for the Lessor by: John Ekai Lokwang, County Executive for Lands (ID No. 23456781), tel. +254 712 345 678",
          "Witness: Mary Akai Nakiru, Ward Administrator (ID No. 30987654), email m.nakiru@turkana-county.example",
        ],
      },
      { heading: "Schedule 2 - Deposit", paragraphs: ["Lessee's bank account for deposit refunds: Equity Bank Lodwar, A/C 0870 2614 5523 19"] },
    ],
  },
  "grid-connection": {
    kind: "pdf",
    pages: [
      {
        heading: "Grid Connection Agreement - KETRACO / Turkana Solar Park Ltd",
        paragraphs: ["Executed on 28 May 2026 between the Kenya Electricity Transmission Company (KETRACO) and Turkana Solar Park Ltd."],
      },
      {
        heading: "1. Connection",
        paragraphs: [
          "Connection point: Lodwar 132/33 kV substation, new 33 kV bay; 11.5 km 33 kV overhead line built by the Seller, transferred to KETRACO on COD.",
          "Export capacity: 38.4 MW.",
        ],
      },
      { heading: "2. Technical requirements", paragraphs: ["Grid code compliance: Kenya Grid Code 2023, fault ride-through and reactive power 0.95 lead/lag."] },
      {
        heading: "3. Charges and curtailment",
        paragraphs: [
          "Connection charges: USD 3.4m (bay, line, protection) paid by the Seller.",
          "Curtailment: the system operator may curtail for security of supply; compensation is governed by the PPA deemed-energy clause.",
        ],
      },
    ],
  },
  "team-cvs": {
    kind: "pdf",
    pages: [
      {
        heading: "Management Team - Helios Renewables",
        paragraphs: [
          "Amara Okafor, CEO: 14 years in African IPP development; led 3 solar plants (112 MW) to financial close.",
          "Sarah Chen, Head of Finance: former project finance associate at a development bank; 9 years structuring renewables debt.",
        ],
      },
      {
        heading: "Technical and open roles",
        paragraphs: [
          "David Mwangi, Technical Director: chartered electrical engineer; 11 years in PV design and grid integration in East Africa.",
          "Open positions: CFO (search under way), HSE manager for construction.",
        ],
      },
      {
        heading: "Contacts for references",
        paragraphs: ["Amara Okafor: amara.okafor@helios-renewables.example, +254 720 555 014", "Sarah Chen: sarah.chen@helios-renewables.example, +254 720 555 027"],
      },
    ],
  },
  "insurance-letter": {
    kind: "pdf",
    pages: [
      {
        heading: "Construction All Risks - Broker Indication",
        paragraphs: [
          "Indicative terms from the broker for Turkana Solar Park Ltd, 21 November 2026.",
          "Cover: construction all risks and third-party liability for the 48 MWp plant and the 11.5 km 33 kV line, sum insured USD 36.5m, deductible USD 50,000 per event.",
        ],
      },
      {
        heading: "Premium and conditions",
        paragraphs: [
          "Indicative premium: 0.32% of the sum insured, including delay in start-up cover of 12 months' gross revenue.",
          "Conditions: terms valid for 60 days; lenders to be named as loss payees.",
        ],
      },
    ],
  },
  "northwind-q3-report": {
    kind: "pdf",
    pages: [
      {
        heading: "Northwind Africa Energy Transition Fund I - Q3 2026 Quarterly Investor Report",
        paragraphs: ["Quarter ending 30 September 2026. Prepared by Northwind Climate Capital for the fund's limited partners."],
      },
      {
        heading: "1. Net asset value",
        paragraphs: [
          "NAV and covenant report, quarter ending 30 September 2026.",
          "Net asset value is reported per holding at fair value, with the valuation method and the change over the quarter.",
        ],
      },
      {
        heading: "2. Portfolio and covenants",
        paragraphs: [
          "Each holding's covenants were tested on 30 September 2026; breaches and warnings are listed per holding with the remediation agreed with the sponsor.",
        ],
      },
    ],
  },
  "northwind-esg-plan": {
    kind: "docx",
    heading: "Fund I - ESG Monitoring Plan 2026",
    paragraphs: [
      "Every holding reports quarterly on avoided emissions (tCO2e), local employment and grievances received and resolved.",
      "Site visits: each operating asset is visited once a year; assets under construction twice a year.",
      "Reporting follows the IFC Performance Standards and the fund's exclusion list.",
    ],
  },
} satisfies Record<string, DemoFileContent>;

export type DemoContentKey = keyof typeof DOCUMENT_CONTENT;
