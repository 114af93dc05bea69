/** 2-D affine matrices [a, b, c, d, e, f] as PDF and pdf.js write them: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first, then `outer` (as `cm` and canvas `transform` compose). */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

export function applyMatrix(m: Matrix, [x, y]: readonly [number, number]): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A matrix from pdf.js's operator arguments: six numbers, in an array or a typed array. */
export function toMatrix(value: unknown): Matrix {
  const n = Array.from(value as ArrayLike<number>);
  if (n.length !== 6 || n.some((x) => typeof x !== 'number')) throw new Error(`not a matrix: ${String(value)}`);
  return n as unknown as Matrix;
}
