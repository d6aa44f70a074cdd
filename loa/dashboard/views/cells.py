"""The table of units below, cell by cell, as the page prints it (ADR 36).

A province's table has a row for each of up to ~170 communes and a dozen cells a row;
through template tags (`{% url %}`, `intcomma`, `floatformat`) each cell costs the
template engine a reversal or a localised number format, a third of the page's time on
the bench's largest province. The cells are made here once, from one reversed URL a
kind, with the numbers written the Vietnamese way (1.234 and 1,75), and the template
only prints them."""

from dataclasses import dataclass

from django.urls import reverse

from ..table import Row

KEY, PK = "00000", 999999999  # placeholders reversed once and replaced per row


def number(value) -> str:
    """1234 → "1.234", as `intcomma` writes it for Vietnamese."""
    return f"{int(value or 0):,}".replace(",", ".")


def score_text(value) -> str:
    """Decimal("1.75") → "1,75", as `floatformat:2` writes it for Vietnamese."""
    return f"{value:.2f}".replace(".", ",")


@dataclass
class Cells:
    url: str
    name: str
    districts: str
    plan_url: str  # empty when the unit has no plan
    plan_label: str
    communes: str
    plans_issued: str
    sent: str
    overdue: int
    rows: str
    kinds: str
    proof: str
    score_url: str  # empty on the country's table, whose scores are averages
    score: str
    rank: str
    previous: str
    attention: str


def cells_of(rows: list[Row], year: int, *, country: bool) -> list[Cells]:
    unit_url = reverse("dashboard:unit", args=[KEY]) + f"?nam={year}"
    score_url = reverse("dashboard:score", args=[KEY, year])
    plan_url = reverse("plans:detail", args=[PK])
    out = []
    for r in rows:
        key = r.unit.key
        f = r.figures
        score = r.score
        out.append(
            Cells(
                url=unit_url.replace(KEY, key, 1),
                name=r.unit.name,
                districts=", ".join(r.former_districts),
                plan_url=plan_url.replace(str(PK), str(r.plan.pk), 1) if r.plan else "",
                plan_label=r.plan_label,
                communes=number(r.communes),
                plans_issued=number(r.plans_issued),
                sent=f"{r.reports_sent}" + (f" ({r.reports_late} muộn)" if r.reports_late else ""),
                overdue=r.reports_overdue,
                rows=number(r.rows),
                kinds=f"{number(f.get('online'))} / {number(f.get('traditional'))}",
                proof=f"{r.proof_share} %" if r.proof_share is not None else "—",
                score_url="" if country or score is None else score_url.replace(KEY, key, 1),
                score=score_text(score) if score is not None else "—",
                rank=f"{r.rank}/{r.out_of}" if r.rank else "—",
                previous=(
                    score_text(r.previous_score)
                    + (f" (hạng {r.previous_rank})" if r.previous_rank else "")
                    if r.previous_score is not None
                    else "—"
                ),
                attention="; ".join(r.attention),
            )
        )
    return out
