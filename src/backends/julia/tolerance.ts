import { DEFAULT_TOLERANCE, type Tolerance } from "../../ir/suite.js";
import { juliaFloat } from "./literals.js";

/** The prelude's tolerance value: `__pt_IsClose(relative, absolute)` or `__pt_AbsDiff(epsilon, inclusive)`. */
export function juliaTolerance(tolerance: Tolerance): string {
  return tolerance.kind === "isclose"
    ? `__pt_IsClose(${juliaFloat(tolerance.relative)}, ${juliaFloat(tolerance.absolute)})`
    : `__pt_AbsDiff(${juliaFloat(tolerance.epsilon)}, ${tolerance.inclusive})`;
}

/** As `juliaTolerance`, but the contract's default is named by the prelude's `__pt_default_tol`. */
export function juliaToleranceArgument(tolerance: Tolerance): string {
  const isDefault =
    tolerance.kind === "isclose" &&
    DEFAULT_TOLERANCE.kind === "isclose" &&
    tolerance.relative === DEFAULT_TOLERANCE.relative &&
    tolerance.absolute === DEFAULT_TOLERANCE.absolute;
  return isDefault ? "__pt_default_tol" : juliaTolerance(tolerance);
}
