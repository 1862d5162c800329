export type Box = [number, number, number, number];

/** Intersection over union of two [x1, y1, x2, y2] boxes; 0 if the union has zero area. */
export function iou(a: Box, b: Box): number {
  throw new Error("Not implemented");
}

/**
 * Indices of the boxes kept by greedy non-maximum suppression, highest score first.
 * A box is dropped if its IoU with a kept box is greater than iouThreshold. Equal scores
 * go in index order. Throw a RangeError for invalid boxes, scores or threshold.
 */
export function nms(boxes: Box[], scores: number[], iouThreshold: number): number[] {
  throw new Error("Not implemented");
}
