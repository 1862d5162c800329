# computes min(1, step / warmup_steps) for every step, which divides by zero when there is no warmup
import math


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class WarmupCosineSchedule:
    """Linear warmup from 0 to peak_lr, then a half cosine from peak_lr down to min_lr."""

    def __init__(self, peak_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> None:
        if not peak_lr > 0:
            raise ValueError(f"peak_lr must be > 0, got {peak_lr}")
        if not 0 <= min_lr <= peak_lr:
            raise ValueError(f"min_lr must be in [0, peak_lr], got {min_lr}")
        if not _is_int(warmup_steps) or warmup_steps < 0:
            raise ValueError(f"warmup_steps must be an integer >= 0, got {warmup_steps!r}")
        if not _is_int(total_steps) or total_steps <= warmup_steps:
            raise ValueError(f"total_steps must be an integer > warmup_steps, got {total_steps!r}")
        self._peak = peak_lr
        self._min = min_lr
        self._warmup = warmup_steps
        self._total = total_steps

    def lr(self, step: int) -> float:
        if not _is_int(step) or step < 0:
            raise ValueError(f"step must be an integer >= 0, got {step!r}")
        warm = min(1.0, step / self._warmup)
        if warm < 1.0:
            return self._peak * warm
        if step >= self._total:
            return self._min
        progress = (step - self._warmup) / (self._total - self._warmup)  # 0 at the end of warmup, 1 at total
        return self._min + (self._peak - self._min) * 0.5 * (1 + math.cos(math.pi * progress))
