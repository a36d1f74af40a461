"""A cheap, fixed layout for the progress figures, in inches.

matplotlib's constrained layout measures every artist (years of daily points
included) twice per draw, and any layout engine makes ``savefig`` draw the whole
figure once more before saving. Here a :class:`ChartFigure` places its axes itself,
just before it draws: the margins come from the few texts around the plots (title,
axis labels, tick labels, the legend below), measured with the renderer, never from
the data. It runs again whenever the figure's size changes (the Progress page's canvas
follows the window), so nothing is clipped or overlaps at any size:

- the title on top, wrapped at its `` · `` (then between words) when too wide;
- y labels and tick labels on the left, and on the right for a second y axis;
- x tick labels (and a concise date axis's offset line) and x labels below;
- one legend below everything, in as many columns as fit (a label too long for one
  line wraps); panels stacked on a shared date axis get a gap for their tick labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from matplotlib import dates as mdates
from matplotlib import ticker
from matplotlib.axes import Axes
from matplotlib.axis import Axis, XAxis
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.legend import Legend
from matplotlib.text import Text

try:  # the cache matplotlib's own texts are measured through (private, so optional)
    from matplotlib.text import (  # type: ignore[attr-defined]
        _get_text_metrics_with_cache as _cached_metrics,
    )
except ImportError:  # pragma: no cover
    _cached_metrics = None

PAD = 0.07  # inches between the figure's edge and anything drawn
GAP = 0.08  # inches between the title or the legend and the plots' labels
PANEL_GAP = 0.12  # inches between stacked or side-by-side panels, besides their labels
LABEL_PAD_PT = 4.0  # matplotlib's axis label pad
TICK_PT = 3.5 + 3.5  # tick length and tick label pad
LINE_SPACING = 1.2  # matplotlib's line spacing of multi-line text
WIDTH_SLACK = 1.04  # text measured unhinted may draw a little wider
TICK_GAP = 0.08  # inches at least between two date tick labels
_Item = TypeVar("_Item")


class ChartFigure(Figure):
    """A figure whose axes are placed by :func:`fit` before each draw at a new size."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.grid: list[list[Axes]] = []  # rows of panels, set by charts.common.panels
        self.twins: dict[Axes, Axes] = {}  # panel -> its second y axis on the right
        self.chart_legend: Legend | None = None
        self.legend_labels: list[str] = []  # its labels, before any wrapping
        self.legend_columns = 1  # the most columns it may have
        self._legend_handles: list[Any] = []
        self._legend_options: dict[str, Any] = {}
        self.legend_shown_columns = 0
        self.title_artist: Text | None = None
        self.title_text = ""  # the full title, before any wrapping
        self.axis_labels: dict[Text, str] = {}  # axis labels before any wrapping
        self._fitted_for: tuple[float, float] | None = None

    def chart_legend_for(
        self, handles: Sequence[Any], labels: Sequence[str], most_columns: int, **options: Any
    ) -> Legend:
        """The figure's one legend, below everything: :func:`fit` chooses its columns
        (at most ``most_columns``) and wraps a label too long for the figure's width."""
        self._legend_handles, self.legend_labels = list(handles), list(labels)
        self.legend_columns, self._legend_options = most_columns, options
        return self._new_legend(self.legend_labels, most_columns)

    def _new_legend(self, labels: Sequence[str], columns: int) -> Legend:
        if self.chart_legend is not None:
            self.chart_legend.remove()
        self.chart_legend = self.legend(
            self._legend_handles,
            list(labels),
            loc="lower center",
            ncols=columns,
            borderaxespad=0,
            **self._legend_options,
        )
        self.legend_shown_columns = columns
        return self.chart_legend

    def draw(self, renderer: RendererBase) -> None:
        size = (float(self.get_figwidth()), float(self.get_figheight()))
        if size != self._fitted_for:
            fit(self, renderer)
            self._fitted_for = size
        super().draw(renderer)


# Text extents by (text, size, dpi, pixels per inch): tick labels, dates and axis labels
# recur in every figure and every redraw at a new size.
_EXTENTS: dict[tuple[str, float, float, float], tuple[float, float]] = {}
_MOST_EXTENTS = 4096


class _Measure:
    """Text extents in inches, with the renderer that will draw them.

    Through matplotlib's own cache of text metrics where it has one: the draw that
    follows measures the same tick labels and finds them there.
    """

    def __init__(self, renderer: RendererBase, dpi: float) -> None:
        self._renderer = renderer
        self._dpi = dpi
        self._per_inch = float(renderer.points_to_pixels(72.0))  # type: ignore[arg-type]
        self._fonts: dict[float, FontProperties] = {}
        self._lines: dict[float, float] = {}
        self._labels: dict[Axis, list[str]] = {}

    def labels(self, axis: Axis) -> list[str]:
        """The tick labels ``axis`` will draw; an x axis's are worked out once per fit
        (where its ticks go does not depend on the panels' heights)."""
        if axis not in self._labels:
            self._labels[axis] = _visible_labels(axis)
        return self._labels[axis]

    def remember_labels(self, axis: Axis, labels: list[str]) -> None:
        self._labels[axis] = labels

    def forget_y_labels(self) -> None:
        """The panels changed height: their y axes may draw other ticks."""
        self._labels = {
            axis: found for axis, found in self._labels.items() if isinstance(axis, XAxis)
        }

    def font(self, size: float) -> FontProperties:
        if size not in self._fonts:
            self._fonts[size] = FontProperties(size=size)
        return self._fonts[size]

    def _extent(self, text: str, size: float) -> tuple[float, float]:
        key = (text, size, self._dpi, self._per_inch)
        found = _EXTENTS.get(key)
        if found is None:
            font = self.font(size)
            if _cached_metrics is not None:
                w, h, _ = _cached_metrics(self._renderer, text, font, False, self._dpi)
            else:  # pragma: no cover - a matplotlib without the cache
                w, h, _ = self._renderer.get_text_width_height_descent(text, font, ismath=False)
            if len(_EXTENTS) > _MOST_EXTENTS:
                _EXTENTS.clear()
            found = _EXTENTS[key] = (float(w) / self._per_inch, float(h) / self._per_inch)
        return found

    def width(self, text: str, size: float) -> float:
        widest = max((self._extent(line, size)[0] for line in text.split("\n") if line), default=0)
        return widest * WIDTH_SLACK

    def line(self, size: float) -> float:
        """The height of one line of text."""
        if size not in self._lines:
            self._lines[size] = self._extent("lp", size)[1]
        return self._lines[size]

    def height(self, text: str, size: float) -> float:
        lines = text.count("\n") + 1 if text else 0
        return self.line(size) * (1 + LINE_SPACING * (lines - 1)) if lines else 0.0


def fit(figure: ChartFigure, renderer: RendererBase) -> None:
    """Place ``figure``'s panels, title and legend for its current size."""
    measure = _Measure(renderer, float(figure.dpi))
    width, height = float(figure.get_figwidth()), float(figure.get_figheight())
    top = PAD + _fit_title(figure, measure, width) + GAP
    if not figure.grid:  # the calm "no data" note: only the title to fit
        return
    top += _tick_line(measure, figure.grid[0][0]) / 2  # the top tick label's upper half
    legend_height = _fit_legend(figure, measure, width)
    # The tick labels measured where the panels are now (a figure's first placement is
    # close: matplotlib's default margins) set the margins; moving the panels (which is
    # not free: every artist's transform is invalidated) happens once, unless the ticks
    # at the new size need more room.
    margins = _margins(figure, measure, legend_height)
    for _ in range(4):
        _wrap_labels(figure, measure, width, height, top, margins)
        _place(figure, width, height, top, margins)
        measure.forget_y_labels()
        _fit_x_ticks(figure, measure)
        needed = _margins(figure, measure, legend_height)
        if needed.fit_within(margins):
            break
        margins = needed.widest(margins)  # only ever growing: the passes settle
    else:
        _place(figure, width, height, top, margins)
    if figure.chart_legend is not None:
        figure.chart_legend.set_bbox_to_anchor((0.5, PAD / height), figure.transFigure)


def _fit_x_ticks(figure: ChartFigure, measure: _Measure) -> None:
    """Fewer date (or hour) ticks where their labels would touch (a narrow canvas, long
    dates)."""
    for ax in figure.grid[-1]:
        axis = ax.xaxis
        locator = axis.get_major_locator()
        if not isinstance(locator, DateTicks | HourTicks) or not ax.axison:
            continue
        locator.limit(locator.MOST)
        width = ax.get_position().width * float(figure.get_figwidth())
        low, high = sorted(axis.get_view_interval())
        while True:
            labels = _visible_labels(axis)
            measure.remember_labels(axis, labels)
            locs = [loc for loc in locator() if low - 1e-9 <= loc <= high + 1e-9]
            if len(locs) < 2 or len(labels) != len(locs):
                break
            spacing = min(b - a for a, b in zip(locs, locs[1:], strict=False))
            spacing_in = spacing / (high - low) * width
            size = _tick_size(axis)
            widest = max(measure.width(text, size) for text in labels)
            if widest + TICK_GAP <= spacing_in or locator.most <= locator.LEAST:
                break
            # fewer each time, down to the least: this ends
            locator.limit(max(locator.LEAST, min(locator.most, len(locs)) - 1))


class HourTicks(ticker.Locator):
    """The hours of a day (0–23): every 3 hours, or every 6 or 12 where the labels would
    touch."""

    MOST = 8
    LEAST = 2
    STEPS = (3, 6, 12)

    def __init__(self) -> None:
        self.most = self.MOST

    def limit(self, most: int) -> None:
        """At most ``most`` ticks from now on (as near as the steps allow)."""
        self.most = most

    def __call__(self) -> Sequence[float]:
        step = next((s for s in self.STEPS if 24 // s <= self.most), self.STEPS[-1])
        return [float(hour) for hour in range(0, 24, step)]


class DateTicks(mdates.AutoDateLocator):
    """matplotlib's automatic date ticks (at most :attr:`MOST`, fewer where their labels
    would touch), worked out once per view: each draw asks for them several times (for
    the tick labels, the axis label's place, stacked panels)."""

    MOST = 8
    LEAST = 2
    USUAL_LEAST = 3  # matplotlib's choice between, say, days and months looks for 3 ticks

    def __init__(self) -> None:
        super().__init__(minticks=self.USUAL_LEAST, maxticks=self.MOST)  # type: ignore[no-untyped-call]
        self.most = self.MOST
        self._view: tuple[float, float] | None = None
        self._ticks: Sequence[float] = ()

    def limit(self, most: int) -> None:
        """At most ``most`` ticks from now on (at 3, a coarser unit may give 2)."""
        if most != self.most:
            self.most = most
            self.maxticks = dict.fromkeys(self.maxticks, most)
            self.minticks = self.USUAL_LEAST if most > self.USUAL_LEAST else self.LEAST
            self._view = None

    def __call__(self) -> Sequence[float]:
        low, high = self.axis.get_view_interval()  # type: ignore[union-attr]
        view = (float(low), float(high))
        if view != self._view:
            self._ticks = super().__call__()  # type: ignore[no-untyped-call]
            self._view = view
        return self._ticks


class _Margins:
    """Inches around and between the panels (``top`` is passed apart)."""

    def __init__(
        self, left: float, right: float, bottom: float, wspace: float, hspace: float
    ) -> None:
        self.left, self.right, self.bottom = left, right, bottom
        self.wspace, self.hspace = wspace, hspace

    def widest(self, other: _Margins) -> _Margins:
        """The larger of these margins and ``other``'s, each."""
        return _Margins(
            max(self.left, other.left),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
            max(self.wspace, other.wspace),
            max(self.hspace, other.hspace),
        )

    def fit_within(self, other: _Margins) -> bool:
        """Whether these margins need no more room than ``other``'s anywhere."""
        mine = (self.left, self.right, self.bottom, self.wspace, self.hspace)
        theirs = (other.left, other.right, other.bottom, other.wspace, other.hspace)
        return all(a <= b + 1e-6 for a, b in zip(mine, theirs, strict=True))


def _place(figure: ChartFigure, width: float, height: float, top: float, m: _Margins) -> None:
    rows, cols = len(figure.grid), len(figure.grid[0])
    inner_w = width - m.left - m.right - (cols - 1) * m.wspace
    inner_h = height - top - m.bottom - (rows - 1) * m.hspace
    panel_w = max(inner_w / cols, 0.05)
    panel_h = max(inner_h / rows, 0.05)
    for r, row in enumerate(figure.grid):
        for c, ax in enumerate(row):
            left = m.left + c * (panel_w + m.wspace)
            bottom = m.bottom + (rows - 1 - r) * (panel_h + m.hspace)
            ax.set_position((left / width, bottom / height, panel_w / width, panel_h / height))


def _margins(figure: ChartFigure, measure: _Measure, legend_height: float) -> _Margins:
    grid = figure.grid
    rows, cols = len(grid), len(grid[0])
    # left: the widest y labels of the first column's panels
    left = max(_y_side(row[0].yaxis, measure) for row in grid)
    # between columns: the later columns' y labels
    wspace = PANEL_GAP
    if cols > 1:
        wspace += max(_y_side(row[c].yaxis, measure) for row in grid for c in range(1, cols))
    # right: a second y axis, and room for the last x tick label reaching past the end
    twins = [figure.twins[ax] for row in grid for ax in row if ax in figure.twins]
    right = max((_y_side(twin.yaxis, measure) for twin in twins), default=0.0)
    overhang = max(_x_overhang(ax.xaxis, measure) for ax in grid[-1])
    below = max(_x_side(ax.xaxis, measure) for ax in grid[-1])
    bottom = PAD + legend_height + (GAP if legend_height else 0.0) + below
    # between rows: the upper panel's x tick labels where shown, else the tick labels'
    # halves reaching into the gap from above and below
    hspace = PANEL_GAP
    if rows > 1:
        upper = [ax for row in grid[:-1] for ax in row]
        hspace += max(
            max(_x_side(ax.xaxis, measure) for ax in upper), _tick_line(measure, upper[0])
        )
    return _Margins(PAD + max(left, overhang), PAD + max(right, overhang), bottom, wspace, hspace)


def _tick_line(measure: _Measure, ax: Axes) -> float:
    return measure.line(_tick_size(ax.yaxis))


def _tick_size(axis: Axis) -> float:
    ticks = axis.get_major_ticks(1)
    return float(ticks[0].label1.get_fontsize()) if ticks else 10.0


def _visible_labels(axis: Axis) -> list[str]:
    """The major tick labels ``axis`` will draw at its current size."""
    if not axis.get_visible():
        return []
    ticks = axis.get_major_ticks(1)
    if not ticks or not (ticks[0].label1.get_visible() or ticks[0].label2.get_visible()):
        return []
    low, high = sorted(axis.get_view_interval())
    locs = [loc for loc in axis.get_majorticklocs() if low - 1e-9 <= loc <= high + 1e-9]
    return [label for label in axis.get_major_formatter().format_ticks(locs) if label]


def _y_side(axis: Axis, measure: _Measure) -> float:
    """Width beside a y axis: its tick labels, tick marks and label (if shown)."""
    if not axis.axes.axison:
        return 0.0
    size = _tick_size(axis)
    labels = measure.labels(axis)
    widest = max((measure.width(text, size) for text in labels), default=0.0)
    label = axis.label
    label_w = 0.0
    if label.get_visible() and label.get_text():
        lines = label.get_text().count("\n") + 1
        label_w = measure.height("\n" * (lines - 1) + "x", float(label.get_fontsize()))
        label_w += LABEL_PAD_PT / 72
    return widest + TICK_PT / 72 + label_w


def _x_side(axis: Axis, measure: _Measure) -> float:
    """Height below an x axis: tick labels (and a date axis's offset line) and its label."""
    if not axis.axes.axison:
        return 0.0
    size = _tick_size(axis)
    below = TICK_PT / 72
    labels = measure.labels(axis)
    if labels:
        below += max(measure.height(text, size) for text in labels)
        offset = axis.get_major_formatter().get_offset()
        if offset:
            below += measure.height(offset, size) + 2 / 72
    label = axis.label
    if label.get_visible() and label.get_text():
        below += measure.height(label.get_text(), float(label.get_fontsize())) + LABEL_PAD_PT / 72
    return below


def _x_overhang(axis: Axis, measure: _Measure) -> float:
    """How far an x tick label centred on the axis's end may reach past it."""
    if not axis.axes.axison:
        return 0.0
    size = _tick_size(axis)
    return max((measure.width(text, size) for text in measure.labels(axis)), default=0.0) / 2


# -- the title and the legend ---------------------------------------------------------
def _fit_title(figure: ChartFigure, measure: _Measure, width: float) -> float:
    """Wrap the title to the figure's width and place it; returns its height."""
    title = figure.title_artist
    if title is None or not figure.title_text:
        return 0.0
    size = float(title.get_fontsize())
    room = width - 2 * PAD
    text = figure.title_text
    if measure.width(text, size) > room:
        text = text.replace(" · ", "\n", 1)
        text = "\n".join(_wrap(line, size, room, measure) for line in text.split("\n"))
    title.set_text(text)
    title.set_y(1 - PAD / float(figure.get_figheight()))
    title.set_verticalalignment("top")
    return measure.height(text, size)


def _fit_legend(figure: ChartFigure, measure: _Measure, width: float) -> float:
    """Choose the legend's columns (and wrap labels) to fit; returns its height."""
    legend = figure.chart_legend
    if legend is None:
        return 0.0
    texts = legend.get_texts()
    originals = figure.legend_labels
    size = float(texts[0].get_fontsize()) if texts else 10.0
    em = size / 72
    room = width - 2 * PAD - 2 * legend.borderpad * em
    handle = (legend.handlelength + legend.handletextpad) * em
    widths = [measure.width(text, size) for text in originals]
    columns = min(figure.legend_columns, len(originals))
    while columns > 1 and _legend_width(widths, columns, handle, legend, em) > room:
        columns -= 1
    labels = list(originals)
    if columns == 1:
        labels = [_wrap(text, size, room - handle, measure) for text in originals]
    if columns != figure.legend_shown_columns:  # a legend lays out its columns when made
        legend = figure._new_legend(labels, columns)
    else:
        for text, label in zip(texts, labels, strict=True):
            text.set_text(label)
    rows = [
        max(measure.height(label, size), legend.handleheight * em)
        for label in _column_major(labels, columns)
    ]
    return sum(rows) + legend.labelspacing * em * (len(rows) - 1) + 2 * legend.borderpad * em


def _columns(items: Sequence[_Item], columns: int) -> list[Sequence[_Item]]:
    """The legend's columns, filled as matplotlib fills them (``np.array_split``: the
    first ``len % columns`` columns one entry longer)."""
    size, longer = divmod(len(items), columns)
    found, start = [], 0
    for column in range(columns):
        end = start + size + (1 if column < longer else 0)
        if end > start:
            found.append(items[start:end])
        start = end
    return found


def _column_major(labels: Sequence[str], columns: int) -> list[str]:
    """For each legend row, its tallest label."""
    split = _columns(labels, columns)
    return [
        max((column[row] for column in split if row < len(column)), key=_line_count)
        for row in range(len(split[0]))
    ]


def _line_count(text: str) -> int:
    return text.count("\n")


def _legend_width(
    widths: Sequence[float], columns: int, handle: float, legend: Legend, em: float
) -> float:
    column_widths = [handle + max(column) for column in _columns(widths, columns)]
    return sum(column_widths) + legend.columnspacing * em * (len(column_widths) - 1)


def _wrap(text: str, size: float, room: float, measure: _Measure) -> str:
    """``text`` broken between words so that each line fits ``room`` inches."""
    if measure.width(text, size) <= room:
        return text
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and measure.width(candidate, size) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return "\n".join(lines)


def _wrap_labels(
    figure: ChartFigure, measure: _Measure, width: float, height: float, top: float, m: _Margins
) -> None:
    """An axis label longer than its panel goes on two (or more) lines."""
    rows, cols = len(figure.grid), len(figure.grid[0])
    panel_h = (height - top - m.bottom - (rows - 1) * m.hspace) / rows
    panel_w = (width - m.left - m.right - (cols - 1) * m.wspace) / cols
    axes = [ax for row in figure.grid for ax in row] + list(figure.twins.values())
    for ax in axes:
        for label, room in ((ax.yaxis.label, panel_h), (ax.xaxis.label, panel_w)):
            original = figure.axis_labels.setdefault(label, label.get_text())
            if original:
                size = float(label.get_fontsize())
                label.set_text(_wrap(original, size, max(room, 0.3), measure))
