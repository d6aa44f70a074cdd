from django.apps import AppConfig


class ContestsConfig(AppConfig):
    name = "loa.contests"
    verbose_name = "Cuộc thi tìm hiểu trực tuyến"

    def ready(self):
        # the reports' registry of extra figures: reports never imports contests (ADR 3)
        from loa.reports.sources import register_figures

        from . import report_figures

        register_figures(
            "contests",
            report_figures.provider,
            title=report_figures.TITLE,
            labels=report_figures.LABELS,
            sentence=report_figures.sentence,
        )
