/** Best point so far (x), other end of the interval (y) and the trial (p). */
export type TStepState = {
  stx: number; fx: number; dx: number;
  sty: number; fy: number; dy: number;
  brackt: boolean;
};

/**
 * One safeguarded step of the Moré–Thuente line search (MINPACK-2 dcstep,
 * Moré and Thuente 1994, "Line search algorithms with guaranteed sufficient
 * decrease"): picks the next trial step from cubic and quadratic/secant
 * interpolants and updates the interval that brackets a minimizer.
 * Mutates `s`; returns the new trial step.
 */
export function cubicStep(s: TStepState, stp: number, fp: number, dp: number, stpmin: number, stpmax: number): number {
  const { stx, fx, dx, sty, fy, dy } = s;
  const sgnd = dp * (dx / Math.abs(dx));
  const cubicGamma = (theta: number, a: number, b: number, clampNegative: boolean) => {
    const scale = Math.max(Math.abs(theta), Math.abs(a), Math.abs(b));
    const inner = (theta / scale) ** 2 - (a / scale) * (b / scale);
    return clampNegative && inner < 0 ? 0 : scale * Math.sqrt(inner);
  };
  let stpf: number;
  if (fp > fx) {
    // Higher function value: the minimum is bracketed.
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    let gamma = cubicGamma(theta, dx, dp, false);
    if (stp < stx) gamma = -gamma;
    const r = (gamma - dx + theta) / (gamma - dx + gamma + dp);
    const stpc = stx + r * (stp - stx);
    const stpq = stx + (dx / ((fx - fp) / (stp - stx) + dx) / 2) * (stp - stx);
    stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
    s.brackt = true;
  } else if (sgnd < 0) {
    // Lower value, derivatives of opposite sign: bracketed.
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    let gamma = cubicGamma(theta, dx, dp, false);
    if (stp > stx) gamma = -gamma;
    const r = (gamma - dp + theta) / (gamma - dp + gamma + dx);
    const stpc = stp + r * (stx - stp);
    const stpq = stp + (dp / (dp - dx)) * (stx - stp);
    stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
    s.brackt = true;
  } else if (Math.abs(dp) < Math.abs(dx)) {
    // Lower value, same sign, derivative magnitude decreases.
    const theta = (3 * (fx - fp)) / (stp - stx) + dx + dp;
    let gamma = cubicGamma(theta, dx, dp, true);
    if (stp > stx) gamma = -gamma;
    const r = (gamma - dp + theta) / (gamma + (dx - dp) + gamma);
    let stpc: number;
    if (r < 0 && gamma !== 0) stpc = stp + r * (stx - stp);
    else stpc = stp > stx ? stpmax : stpmin;
    const stpq = stp + (dp / (dp - dx)) * (stx - stp);
    if (s.brackt) {
      stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
      const cap = stp + 0.66 * (sty - stp);
      stpf = stp > stx ? Math.min(cap, stpf) : Math.max(cap, stpf);
    } else {
      stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
      stpf = Math.max(stpmin, Math.min(stpmax, stpf));
    }
  } else if (s.brackt) {
    // Same sign, derivative does not decrease, bracketed: cubic towards sty.
    const theta = (3 * (fp - fy)) / (sty - stp) + dy + dp;
    let gamma = cubicGamma(theta, dy, dp, false);
    if (stp > sty) gamma = -gamma;
    const r = (gamma - dp + theta) / (gamma - dp + gamma + dy);
    stpf = stp + r * (sty - stp);
  } else {
    stpf = stp > stx ? stpmax : stpmin;
  }
  if (fp > fx) {
    s.sty = stp; s.fy = fp; s.dy = dp;
  } else {
    if (sgnd < 0) {
      s.sty = stx; s.fy = fx; s.dy = dx;
    }
    s.stx = stp; s.fx = fp; s.dx = dp;
  }
  return stpf;
}
