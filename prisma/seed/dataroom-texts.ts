/** What the text-extraction pass read from the Turkana data room files (abridged, as stored in document_extractions.content). */
export const DOCUMENT_TEXTS = {
  "financial-model": `TURKANA SOLAR PARK — FINANCIAL MODEL (Base Case, rev. 3, November 2026)
Sheet: Summary
Installed capacity: 48.0 MWp DC / 38.4 MWac | Single-axis trackers, bifacial modules
P50 net energy yield (year 1): 98.4 GWh | P90 (1-year): 91.6 GWh | Degradation: 0.4% p.a.
Total project cost: USD 41,500,000 (EPC 29.8m, grid 3.4m, development 1.3m, legal 0.65m, contingency 2.4m, IDC & fees 4.0m)
Financing: senior debt 70% (USD 29.05m, 15-year tenor, 6-month SOFR + 4.25%), sponsor equity 30% (USD 12.45m)
PPA tariff: USD 0.0745/kWh flat, 20 years, take-or-pay above 2% curtailment
Year-1 revenue: USD 7.33m | Opex: USD 0.88m (incl. land lease KES 18m p.a.)
Minimum DSCR: 1.32x (2031) | Average DSCR: 1.45x | Project IRR (post-tax): 11.2% | Equity IRR: 14.8%
Sensitivities: P90 yield -> min DSCR 1.21x; capex +10% -> equity IRR 12.6%; tariff -5% -> equity IRR 12.9%`,
  "ppa-term-sheet": `POWER PURCHASE AGREEMENT — INDICATIVE TERM SHEET (revised 18 October 2026)
Seller: Turkana Solar Park Ltd (SPV of Helios Renewables) | Buyer: The Kenya Power and Lighting Company PLC
Contracted capacity: 38.4 MWac | Term: 20 years from commercial operation date
Tariff: USD 0.0745 per kWh, flat, no indexation, payable in USD at the CBK mean rate
Deemed energy: payable for curtailment exceeding 2% of annual P50 energy, measured at the Lodwar 33 kV metering point
Security: letter of credit covering 6 months of payments; GoK letter of support requested
Termination: buyer default payment equal to outstanding senior debt plus equity return of 12%
Conditions precedent: EPRA tariff approval, NEMA licence, grid connection agreement with KETRACO`,
  "energy-yield": `P50/P90 ENERGY YIELD ASSESSMENT — TURKANA SOLAR PARK (independent engineer report, April 2026)
Irradiation source: 14 months on-site pyranometer data correlated with 20 years of satellite data (GHI 2,362 kWh/m2/yr)
Specific yield P50: 2,050 kWh/kWp/yr | Performance ratio: 83.6% | Bifacial gain: 6.8%
Losses: soiling 2.9% (dust; cleaning every 3 weeks), temperature 7.1%, availability 0.8%, grid curtailment 1.5% assumed
Uncertainty: 6.9% (1-year), 5.4% (10-year) | P90 (1-year) = 93.1% of P50
Page 14: Grid curtailment risk depends on the 2027 Lodwar-Kainuk line reinforcement; without it curtailment may reach 4-6% in the dry season.`,
  esia: `ENVIRONMENTAL AND SOCIAL IMPACT ASSESSMENT — SUMMARY (NEMA licence NEMA/EIA/PSL/24871, issued 12 September 2026)
Site: 96 ha of arid rangeland, 14 km south-west of Lodwar, Turkana County. No protected areas or critical habitat within 10 km.
Key impacts: loss of seasonal grazing on 96 ha; water use for module cleaning (4,200 m3/yr); dust during construction.
Mitigation: livelihood restoration plan for 62 pastoralist households; dry-cleaning robots to cut water use by 80%; community grievance mechanism.
Standards: IFC Performance Standards 1, 2, 3, 5 and 7 applied; Free, Prior and Informed Consent documented with 4 community assemblies.
Avoided emissions: approx. 61,000 tCO2e per year (grid emission factor 0.62 tCO2/MWh).
Local employment: 320 jobs at peak construction, 28 permanent; 40% local hiring target.`,
  "land-lease": `LAND LEASE AGREEMENT between the County Government of Turkana (Lessor) and Turkana Solar Park Ltd (Lessee)
Parcel: Turkana/Lodwar-Kanamkemer/1187, 96.2 hectares | Term: 30 years from 18 March 2026, renewable once for 10 years
Rent: KES 18,000,000 per year, escalating 3% annually; community development fund 1.5% of annual revenue
Signed for the Lessor by: John Ekai Lokwang, County Executive for Lands (ID No. 23456781), tel. +254 712 345 678
Witness: Mary Akai Nakiru, Ward Administrator (ID No. 30987654), email m.nakiru@turkana-county.example
Lessee's bank account for deposit refunds: Equity Bank Lodwar, A/C 0870 2614 5523 19
Assignment: the Lessee may assign or charge this lease to its lenders without the Lessor's consent (clause 14.2).`,
  "grid-connection": `GRID CONNECTION AGREEMENT — KETRACO / TURKANA SOLAR PARK LTD (executed 28 May 2026)
Connection point: Lodwar 132/33 kV substation, new 33 kV bay; 11.5 km 33 kV overhead line built by the Seller, transferred to KETRACO on COD
Export capacity: 38.4 MW | Grid code compliance: Kenya Grid Code 2023, fault ride-through and reactive power 0.95 lead/lag
Connection charges: USD 3.4m (bay, line, protection) paid by the Seller
Curtailment: system operator may curtail for security of supply; compensation governed by the PPA deemed-energy clause`,
  "team-cvs": `MANAGEMENT TEAM — HELIOS RENEWABLES
Amara Okafor, CEO: 14 years in African IPP development; led 3 solar plants (112 MW) to financial close.
Sarah Chen, Head of Finance: former project finance associate at a development bank; 9 years structuring renewables debt.
David Mwangi, Technical Director: chartered electrical engineer; 11 years in PV design and grid integration in East Africa.
Open positions: CFO (search under way), HSE manager for construction.`,
} as const;

export type DocumentTextKey = keyof typeof DOCUMENT_TEXTS;
