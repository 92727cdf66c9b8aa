/** Heights of the overview charts, shared by each chart and the placeholder that holds its place while it loads. */
export const budgetChartHeight = (categories: number) => 40 + categories * 52;
export const timelineChartHeight = (milestones: number) => 56 + milestones * 40;
