/** The shapes of `docs/model.md`: what `plan`, `review` and `examplePlan` take and give. */

export type Locale = "fr" | "en";
export type ChannelKind = "seo" | "sea" | "social" | "email" | "other";

export interface PlanInput {
  locale?: Locale;
  /** ISO 4217 code, 3 capital letters; display only. */
  currency?: string;
  start: { year: number; quarter: 1 | 2 | 3 | 4 };
  averageOrderValue: number;
  /** Fraction: 0.4 = 40 %. */
  grossMarginRate: number;
  /** Costs of each order beyond the goods; each absent one is 0. Rates are fractions. */
  orderCosts?: { perOrder?: number; returnRate?: number; firstOrderDiscount?: number } | null;
  ordersPerCustomer?: number;
  pastGrowthRate?: number | null;
  /** Calendar Q1..Q4 weights, each > 0. */
  seasonality?: [number, number, number, number] | null;
  goal: { growthRate: number } | { extraRevenue: number } | { targetRevenue: number };
  milestones?: { mode?: "ramp" | "even" | "compound"; rampWeights?: [number, number, number, number] };
  targetLtvToCac?: number;
  marketingBudget?: number | null;
  scenarios?: { prudent?: number; ambitious?: number };
  cartAbandonmentRate?: number | null;
  alertTolerance?: number;
  /** Relative half-widths (0.2 = ±20 %) for the outlook (the paid channels' doubling gain: 0 when absent); draws 100–100 000 (4 000), seed < 2^53 (42). */
  uncertainty?: {
    traffic: number;
    conversionRate: number;
    averageOrderValue: number;
    doublingGain?: number;
    draws?: number;
    seed?: number;
  } | null;
  /** 12 to 36 monthly revenues, oldest first, the last the month before the plan's start. */
  history?: { months: number[] } | null;
  channels: ChannelInput[];
}

export interface ChannelInput {
  id: string;
  label: string;
  kind: ChannelKind;
  sessionsPerMonth: number;
  conversionRate: number;
  averageOrderValue?: number | null;
  goalShare?: number | null;
  /**
   * `perClick` and `spend` are paid: a response curve where doubling the spend brings
   * `doublingGain` more orders (0.05–0.95, or exactly 1 for a straight line; default 0.6).
   * v1's `{ model: "monthly", amount }` is still read, as `{ model: "fixed", monthly: amount }`.
   */
  cost?:
    | { model: "none" }
    | { model: "perClick"; costPerClick: number; doublingGain?: number }
    | { model: "spend"; currentMonthly: number; doublingGain?: number }
    | { model: "fixed"; monthly: number }
    | { model: "monthly"; amount: number };
}

export interface FieldError {
  /** Path such as `channels[1].conversionRate`; null for the document as a whole. */
  field: string | null;
  /** Stable snake_case code: `out_of_range`, `required`, `unknown_field`, … */
  code: string;
  /** A sentence in the plan's locale. */
  message: string;
}

export interface Invalid {
  ok: false;
  errors: FieldError[];
}

export type PlanResult = PlanOutput | Invalid;

export type Achievability = "inLine" | "stretch" | "aggressive";
export type Verdict = "withinTarget" | "belowTarget" | "lossMaking";
export type CheckStatus = "ok" | "warning" | "fail";

export interface PlanOutput {
  ok: true;
  locale: Locale;
  currency: string;
  baseline: {
    annualRevenue: number;
    sessionsPerMonth: number;
    annualOrders: number;
    blendedConversionRate: number;
    blendedAov: number;
  };
  goal: { targetRevenue: number; extraRevenue: number; growthRate: number; achievability: Achievability };
  unitEconomics: {
    marginPerOrder: number;
    firstOrderMargin: number;
    breakEvenRoas: number | null;
    customerMargin: number;
    maxCpaFirstOrder: number;
    maxCpaLifetime: number;
    targetCpa: number;
    targetRoas: number | null;
  };
  channels: ChannelTarget[];
  totals: {
    extraCost: number;
    extraContribution: number;
    /** Every channel's extra cost per extra order (SEO and email included): not a CPA. */
    costPerExtraOrder: number | null;
    /** The paid channels' extra cost per extra order. */
    paidCpa: number | null;
    mer: number | null;
    roi: number | null;
    budgetFits: boolean | null;
  };
  quarters: QuarterTarget[];
  /** The twelve months: each quarter split by the history's months (a third each without history). */
  months: {
    index: number;
    year: number;
    month: number;
    /** "janv. 2027" in French, "Jan 2027" in English. */
    label: string;
    baselineRevenue: number;
    extraRevenue: number;
    targetRevenue: number;
    plannedSpend: number;
  }[];
  scenarios: Scenario[];
  levers: {
    sessionsPerMonth: number;
    conversionRate: number;
    averageOrderValue: number;
    ordersPerCustomer: number;
    cartAbandonmentRate: number | null;
    valueOfOnePercentAov: number;
    valueOfOnePointAbandonment: number | null;
  };
  objectives: Objective[];
  warnings: { code: string; field: string | null; message: string }[];
  alertRules: AlertRule[];
  okr: { objective: string; keyResults: string[] };
  /** The cheapest split of the paid channels' part of the goal; null without paid channels on a curve. */
  paidAllocation: {
    paidExtraRevenue: number;
    channels: { id: string; extraRevenue: number; extraCost: number; marginalCpa: number; spendMultiple: number }[];
    extraCost: number;
    plannedExtraCost: number;
    saving: number;
    /** Up to the target ceilings. */
    maxProfitableExtraRevenue: number | null;
    /** Up to the break-even points. */
    maxBreakEvenExtraRevenue: number | null;
    /** Even at the lowest cost, a channel's last order costs more than a new customer brings in 12 months. */
    lossMaking: boolean;
  } | null;
  /** The odds of the goal over random draws; null without `uncertainty`. */
  outlook: {
    draws: number;
    /** The shop's trend the draws follow: the past growth, else 0. */
    referenceGrowth: number;
    /** What the trend and the planned spend deliver: the centre of the draws. */
    momentumRevenue: number;
    /** What the goal asks beyond the momentum: effort the plan does not price. */
    effortGap: number;
    /** The chance of the goal without the effort the plan does not price. */
    probabilityOfGoal: number;
    revenue: { p10: number; p50: number; p90: number };
    contribution: { p10: number; p50: number; p90: number };
    probabilityOfLoss: number;
  } | null;
  /** Inputs beside a cited reference figure (a broad reference, not a norm); null when none applies. */
  benchmarks: { field: string; value: number; reference: number; source: string; year: number; note: string }[] | null;
  /** What the history gave, and the seasonality and past growth the plan used; null without `history`. */
  history: {
    months: number;
    lastYearRevenue: number;
    seasonality: [number, number, number, number] | null;
    pastGrowthRate: number | null;
  } | null;
}

export interface ChannelTarget {
  id: string;
  label: string;
  kind: ChannelKind;
  share: number;
  currentRevenue: number;
  currentOrders: number;
  extraRevenue: number;
  extraOrders: number;
  extraSessionsPerMonth: number;
  targetSessionsPerMonth: number;
  trafficGrowthRate: number | null;
  requiredConversionRate: number | null;
  targetCpa: number;
  /** Paid channels only (null for the others: no click is bought). */
  maxCpc: number | null;
  extraCost: number;
  cpa: number | null;
  /** Paid channels: what the last order costs, all the channel's orders, today's orders. */
  marginalCpa: number | null;
  totalCpa: number | null;
  currentCpa: number | null;
  roas: number | null;
  /** Paid channels: whether the plan stays under the ceiling where the next order costs the target CPA. */
  feasible: boolean | null;
  feasibleExtraRevenue: number | null;
  /** Paid channels on a curve: planned spend over today's, and what the last order costs today. */
  spendMultiple: number | null;
  currentMarginalCpa: number | null;
  /** Paid channels: the break-even point, where the next order costs a new customer's 12-month margin (may lie below today). */
  spendAtBreakEven: number | null;
  breakEvenExtraRevenue: number | null;
  profitable: boolean | null;
  /** All the channel's spend a month under the plan. */
  plannedMonthlySpend: number;
  verdict: Verdict | null;
  firstOrderProfitable: boolean | null;
}

export interface QuarterTarget {
  index: 1 | 2 | 3 | 4;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** "T1 2027" in French, "Q1 2027" in English. */
  label: string;
  baselineRevenue: number;
  extraRevenue: number;
  targetRevenue: number;
  plannedSpend: number;
  yoyGrowthRate: number;
  contributionPoints: number;
  cumulativeExtraRevenue: number;
  cumulativeGoalShare: number;
  channels: {
    id: string;
    extraRevenue: number;
    targetSessionsPerMonth: number;
    plannedSpend: number;
    /** All the channel's orders in the quarter. */
    plannedOrders: number;
    /** Planned spend over all orders; null without a cost that can be estimated. */
    plannedCpa: number | null;
  }[];
}

export interface Scenario {
  name: "prudent" | "median" | "ambitious";
  factor: number;
  extraRevenue: number;
  revenue: number;
  goalAttainment: number;
  extraOrders: number;
  costPerExtraOrder: number | null;
  contribution: number;
  roi: number | null;
}

export interface Objective {
  scope: "plan" | "channel" | "quarter";
  /** null for the plan, the channel id, or the quarter index 1–4. */
  ref: string | number | null;
  text: string;
  achievable: { status: CheckStatus; reason: string };
  realistic: { status: CheckStatus; reason: string };
}

export interface AlertRule {
  quarter: 1 | 2 | 3 | 4;
  channel: string | null;
  metric: "revenue" | "sessions" | "conversionRate" | "cpa";
  comparator: ">=" | "<=";
  threshold: number;
}

export interface ReviewInput extends PlanInput {
  /** Closed quarters 1..j, in order. */
  actuals: {
    quarter: 1 | 2 | 3 | 4;
    revenue: number;
    channels?: { id: string; sessions?: number | null; orders?: number | null; spend?: number | null }[];
  }[];
}

export type ReviewResult = ReviewOutput | Invalid;

export interface ReviewOutput {
  ok: true;
  plan: PlanOutput;
  quarters: {
    index: 1 | 2 | 3 | 4;
    label: string;
    status: "exceeded" | "achieved" | "missed" | "open";
    actualRevenue: number | null;
    targetRevenue: number;
    attainment: number | null;
    reforecastTargetRevenue: number | null;
    reforecastYoyGrowthRate: number | null;
  }[];
  progress: {
    extraSoFar: number;
    goalShareReached: number;
    remainingExtra: number;
    paceFactor: number | null;
    attainmentSoFar: number;
    projectedRevenue: number;
    projectedGoalAttainment: number;
    projectedTargetAttainment: number;
    requiredVsPlanned: number | null;
    reforecastStatus: "onTrack" | "catchUp" | "reviseGoal" | "goalReached" | "goalMissed";
  };
  channelKpis: {
    quarter: 1 | 2 | 3 | 4;
    id: string;
    sessions: number | null;
    targetSessions: number;
    conversionRate: number | null;
    plannedConversionRate: number;
    cpa: number | null;
    plannedCpa: number | null;
    targetCpa: number;
  }[];
  alerts: {
    code: "revenue_below_target" | "sessions_below_target" | "conversion_below_floor" | "cpa_above_plan";
    quarter: 1 | 2 | 3 | 4;
    channel: string | null;
    actual: number;
    threshold: number;
    message: string;
  }[];
}

/** Plans an input: the output, or `{ok: false, errors}` listing every problem. Throws only on a bug. */
export function plan(input: PlanInput): PlanResult;
/** A complete example plan to start from. */
export function examplePlan(locale?: Locale | null): PlanInput;
/** Reviews a plan against its closed quarters: the output, or `{ok: false, errors}`. */
export function review(input: ReviewInput): ReviewResult;
/** The example plan with two closed quarters. */
export function exampleReview(locale?: Locale | null): ReviewInput;
