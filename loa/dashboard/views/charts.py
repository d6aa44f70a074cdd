"""Charts drawn on the server as SVG by the templates `dashboard/_bars.svg` and
`dashboard/_months.svg`: this module only computes the geometry. Every chart is followed by
a table of the same figures, for screen readers and for print."""

BAR_WIDTH = 260  # px of the longest bar
ROW_HEIGHT = 22
MONTH_WIDTH = 34
MONTHS_HEIGHT = 140


def bars(items: list[tuple[str, int]], *, title: str) -> dict:
    """A horizontal bar per (label, value)."""
    top = max((v for _, v in items), default=0) or 1
    rows = [
        {
            "label": label,
            "value": value,
            "width": round(value * BAR_WIDTH / top),
            "y": i * ROW_HEIGHT,
        }
        for i, (label, value) in enumerate(items)
    ]
    return {
        "title": title,
        "rows": rows,
        "height": max(1, len(rows)) * ROW_HEIGHT,
        "bar_x": 200,
        "width": 200 + BAR_WIDTH + 60,
    }


def stacked_months(months: list[dict], *, title: str) -> dict:
    """A column per month, online (below) and traditional (above) stacked."""
    top = max((m["online"] + m["traditional"] for m in months), default=0) or 1
    scale = (MONTHS_HEIGHT - 20) / top
    columns = []
    for i, m in enumerate(months):
        online_h = round(m["online"] * scale)
        traditional_h = round(m["traditional"] * scale)
        base = MONTHS_HEIGHT
        columns.append(
            {
                **m,
                "x": 30 + i * MONTH_WIDTH,
                "online_y": base - online_h,
                "online_h": online_h,
                "traditional_y": base - online_h - traditional_h,
                "traditional_h": traditional_h,
                "total": m["online"] + m["traditional"],
            }
        )
    return {
        "title": title,
        "columns": columns,
        "height": MONTHS_HEIGHT + 40,
        "width": 30 + 12 * MONTH_WIDTH + 10,
        "base": MONTHS_HEIGHT,
    }
