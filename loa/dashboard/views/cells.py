"""The table of units below, cell by cell, as the page prints it (ADR 36).

A province's table has a row for each of up to ~170 communes and a dozen cells a row;
through template tags (`{% url %}`, `intcomma`, `floatformat`) each cell costs the
template engine a reversal or a localised number format, a third of the page's time on
the bench's largest province. The cells are made here once, from one reversed URL a
kind, with the numbers written the Vietnamese way (1.234 and 1,75), and each row's
markup is written here too (`Cells.html`, every value escaped): the template prints
the header and one string a row (_table.html)."""

from dataclasses import dataclass
from html import escape

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from loa.core.text import thousands

from ..table import Row

KEY, PK = "00000", 999999999  # placeholders reversed once and replaced per row


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
    country: bool = False

    @property
    def html(self) -> SafeString:
        """The row: the unit's name (and former districts), then the cells of a province's
        table or of the country's, as the header of _table.html lists them. Every value is
        escaped with the standard library's `html.escape` (format_html's lazy-aware escape
        cost more than the rest of the row)."""
        e = escape
        head = f'<th scope="row"><a href="{e(self.url)}">{e(self.name)}</a>'
        if self.districts:
            head += f'<br><span class="muted">Huyện cũ: {e(self.districts)}</span>'
        if self.country:
            middle = f"<td>{e(self.communes)}</td><td>{e(self.plans_issued)}</td>"
        elif self.plan_url:
            middle = f'<td><a href="{e(self.plan_url)}">{e(self.plan_label)}</a></td>'
        else:
            middle = f'<td><span class="late">{e(self.plan_label)}</span></td>'
        middle += f"<td>{e(self.sent)}</td>"
        if not self.country:
            overdue = f'<span class="late">{self.overdue}</span>' if self.overdue else "0"
            middle += f"<td>{overdue}</td>"
        score = e(self.score)
        if self.score_url:
            score = f'<a href="{e(self.score_url)}">{score}</a>'
        cells = (self.rows, self.kinds, self.proof)
        tail = "".join(f"<td>{e(v)}</td>" for v in cells) + f"<td>{score}</td>"
        tail += "".join(f"<td>{e(v)}</td>" for v in (self.rank, self.previous, self.attention))
        return mark_safe(f"<tr>{head}</th>{middle}{tail}</tr>")  # noqa: S308 (escaped above)


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
                communes=thousands(r.communes),
                plans_issued=thousands(r.plans_issued),
                sent=f"{r.reports_sent}" + (f" ({r.reports_late} muộn)" if r.reports_late else ""),
                overdue=r.reports_overdue,
                rows=thousands(r.rows),
                kinds=f"{thousands(f.get('online'))} / {thousands(f.get('traditional'))}",
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
                country=country,
            )
        )
    return out
