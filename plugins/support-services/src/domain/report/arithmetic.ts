// Sums and shares of counts.

/** A share in [0, 1], or null when there is nothing to divide by (no honest share then). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}

/** The sum of some counts. */
export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
