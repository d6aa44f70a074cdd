from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "loa.surveys"
    verbose_name = "Khảo sát mức độ hài lòng"

    def ready(self):
        # the reports' registry of extra figures: reports never imports surveys (ADR 3)
        from loa.reports.sources import register_figures

        from . import report_figures

        register_figures(
            "surveys",
            report_figures.provider,
            title=report_figures.TITLE,
            labels=report_figures.LABELS,
            sentence=report_figures.sentence,
        )
