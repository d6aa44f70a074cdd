"""The results of a survey as a spreadsheet, through the one table writer (loa/core/xlsx)."""

from loa.core.xlsx import NUMBER, Column, table_xlsx

from . import queries

COLUMNS = [
    Column("Nội dung", 60),
    Column("Lựa chọn, yếu tố", 40),
    Column("Số lượt", 10, NUMBER),
    Column("Trên tổng số", 12, NUMBER),
    Column("Tỷ lệ (%)", 10, NUMBER),
]


def results_workbook(survey) -> bytes:
    rows = []
    per_question = queries.question_results(survey)
    for index in [*queries.factor_indices(survey), queries.overall_index(survey)]:
        rows.append(
            [
                "Chỉ số hài lòng theo yếu tố",
                index.label,
                index.satisfied,
                index.answers,
                index.share,
            ]
        )
    for expectation in queries.factor_expectations(survey, per_question):
        for row in expectation.rows:
            rows.append(
                [
                    f"Mong đợi: {expectation.label}",
                    row.label,
                    row.count,
                    expectation.answered,
                    row.share,
                ]
            )
    for field, responses, _per, whole in queries.field_indices(survey):
        rows.append(
            [
                f"Chỉ số hài lòng theo lĩnh vực ({responses} phiếu)",
                field,
                whole.satisfied,
                whole.answers,
                whole.share,
            ]
        )
    for n, result in enumerate(per_question, start=1):
        for row in result.rows:
            rows.append(
                [
                    f"Câu {n}. {result.question.text}",
                    row.label,
                    row.count,
                    result.answered,
                    row.share,
                ]
            )
        if not result.question.has_choices:
            rows.append(
                [
                    f"Câu {n}. {result.question.text}",
                    "Số phiếu có ý kiến",
                    result.answered,
                    None,
                    None,
                ]
            )
    return table_xlsx(
        title=f"Kết quả khảo sát: {survey.title}",
        subtitle=[survey.unit.name, f"Tổng số phiếu: {queries.response_count(survey)}"],
        columns=COLUMNS,
        rows=rows,
        sheet_name="Kết quả",
    )
