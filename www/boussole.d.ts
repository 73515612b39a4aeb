// The types of <boussole-planner> (boussole.js). The engine's shapes (PlanInput, PlanOutput, …)
// and its JS API are declared in ./pkg/boussole.d.ts: `boussole-planner/api` in the npm package.
import type { PlanInput, ReviewInput } from './pkg/boussole.js';

export type { PlanInput, ReviewInput } from './pkg/boussole.js';

/** The element's attributes, all optional (strings, as in HTML). */
export interface BoussolePlannerAttributes {
  /** `fr` or `en`; without it, the visitor's browser language. */
  lang?: 'fr' | 'en';
  /** ISO 4217 code (`EUR`, `USD`, …) for the example plan. */
  currency?: string;
  /** A plan to start from: JSON, or the URL of a `.json` file on the same site (1 MB at most). */
  plan?: string;
  /** Skip the first visit's choice: open the example or an empty form. */
  start?: 'example' | 'blank';
  /** Present: a narrow, one-column layout. */
  compact?: '' | boolean;
  /** `none`: nothing saved in localStorage. */
  storage?: 'none';
  /** Keeps the saved plans of several planners on one page apart. */
  id?: string;
}

/** `event.detail` of `boussole-change`: sent once typing pauses, when the plan is saved. */
export interface BoussoleChangeDetail {
  plan: PlanInput;
  targetRevenue: number;
  extraRevenue: number;
  growthRate: number;
  targetCpa: number;
  /** One line, in the planner's language. */
  summary: string;
}

/**
 * Why the engine did not load, or `'panic'`: it stopped on a bug (every planner of the page
 * stops, until the page is reloaded). The element's `data-error` attribute holds the same.
 */
export type BoussoleErrorReason = 'missing' | 'status' | 'network' | 'not-wasm' | 'damaged' | 'csp' | 'other' | 'panic';

/** `event.detail` of `boussole-error`: the engine did not load or stopped, and the element says why. */
export interface BoussoleErrorDetail {
  reason: BoussoleErrorReason;
  /** The sentence shown in the element. */
  message: string;
}

/**
 * `<boussole-planner>`: the whole planner, in its shadow root. Its attributes are
 * {@link BoussolePlannerAttributes}; `lang`, `currency`, `plan`, `compact` and `storage` may
 * change on a live element. It sets `data-ready="true"` once started, and fires
 * `boussole-change` and `boussole-error` (both bubble out of the shadow root).
 */
export class BoussolePlanner extends HTMLElement {
  static readonly observedAttributes: ('lang' | 'currency' | 'plan' | 'compact' | 'storage')[];
  /** The plan the form shows now; null while it has errors, or before the first visit's choice. */
  readonly plan: PlanInput | null;
  /** The plan with its closed quarters; null without closed quarters or while they have errors. */
  readonly review: ReviewInput | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'boussole-planner': BoussolePlanner;
  }
  // On the element, and on any ancestor, the document or the window, since they bubble.
  interface GlobalEventHandlersEventMap {
    'boussole-change': CustomEvent<BoussoleChangeDetail>;
    'boussole-error': CustomEvent<BoussoleErrorDetail>;
  }
}
