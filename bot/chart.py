"""The progress chart: both partners' weekly mean feeling scores, as PNG bytes.

matplotlib runs with the Agg backend (no display) and is imported on first use,
so the bot starts fast and only pays for it when someone asks for a chart.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence

_LOCK = threading.Lock()  # pyplot keeps global state; one figure at a time


def render(
    weeks: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    labels: tuple[str, str],
) -> bytes:
    """A line chart of per-week scores (1–5) for each named series, as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    with _LOCK:
        figure = Figure(figsize=(6.4, 3.6), dpi=100)
        axes = figure.add_subplot()
        positions = list(range(len(weeks)))
        for (name, values), marker in zip(series, ("o", "s"), strict=False):
            points = [(x, v) for x, v in zip(positions, values, strict=True) if v is not None]
            if points:
                axes.plot(
                    [x for x, _ in points],
                    [v for _, v in points],
                    marker=marker,
                    linewidth=2,
                    label=name,
                )
        axes.set_ylim(0.5, 5.5)
        axes.set_yticks([1, 2, 3, 4, 5])
        axes.set_xticks(positions)
        axes.set_xticklabels([week.split("-")[-1] for week in weeks])
        axes.set_xlabel(labels[0])
        axes.set_ylabel(labels[1])
        axes.grid(alpha=0.3)
        if any(any(v is not None for v in values) for _, values in series):
            axes.legend(loc="lower left")
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    return buffer.getvalue()
