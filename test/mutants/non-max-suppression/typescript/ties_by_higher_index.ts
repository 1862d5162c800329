// ties: the comparator breaks equal scores by the higher index first
export type Box = [number, number, number, number];

function check(box: Box): void {
  const [x1, y1, x2, y2] = box;
  if (box.some((c) => Number.isNaN(c))) throw new RangeError(`box [${box}] has a NaN coordinate`);
  if (x2 < x1 || y2 < y1) throw new RangeError(`box [${box}] has x2 < x1 or y2 < y1`);
}

const area = (box: Box): number => (box[2] - box[0]) * (box[3] - box[1]);

/** Intersection over union of two [x1, y1, x2, y2] boxes; 0 if the union has zero area. */
export function iou(a: Box, b: Box): number {
  check(a);
  check(b);
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const inter = w * h;
  const union = area(a) + area(b) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Indices of the boxes kept by greedy non-maximum suppression, highest score first.
 * A box is dropped if its IoU with a kept box is greater than iouThreshold. Equal scores
 * go in index order. Throw a RangeError for invalid boxes, scores or threshold.
 */
export function nms(boxes: Box[], scores: number[], iouThreshold: number): number[] {
  if (boxes.length !== scores.length) throw new RangeError(`${boxes.length} boxes but ${scores.length} scores`);
  if (!(iouThreshold >= 0 && iouThreshold <= 1)) throw new RangeError(`iouThreshold must be in [0, 1], got ${iouThreshold}`);
  boxes.forEach(check);
  if (scores.some((s) => Number.isNaN(s))) throw new RangeError("a score is NaN");
  const order = boxes.map((_, i) => i).sort((i, j) => scores[j] - scores[i] || j - i);
  const kept: number[] = [];
  for (const i of order) {
    if (kept.every((k) => iou(boxes[i], boxes[k]) <= iouThreshold)) kept.push(i);
  }
  return kept;
}
