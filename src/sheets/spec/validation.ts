/** Data-validation bounds as both writers express them. */
import type { ValidationRule } from "./types";

/** Operator and bounds of a numeric/date/time/length validation, as both writers express them. */
export interface ValidationBounds {
  operator: "between" | "greaterThanOrEqual" | "lessThanOrEqual";
  formula1: number;
  formula2?: number;
}

/**
 * The bounds of a non-list validation rule. Missing bounds become open-ended operators; a rule with
 * neither bound accepts any number of that type (text length: up to `max`).
 */
export function validationBounds(rule: Exclude<ValidationRule, { type: "list" }>): ValidationBounds {
  const min = "min" in rule ? rule.min : undefined;
  const max = rule.max;
  if (min !== undefined && max !== undefined) return { operator: "between", formula1: min, formula2: max };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formula1: min };
  if (max !== undefined) return { operator: "lessThanOrEqual", formula1: max };
  // Excel needs a bound: the widest one that still checks the type.
  return rule.type === "whole" || rule.type === "decimal"
    ? { operator: "between", formula1: -1e15, formula2: 1e15 }
    : { operator: "greaterThanOrEqual", formula1: 0 };
}
