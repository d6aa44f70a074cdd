from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "loa.surveys"
    verbose_name = "Khảo sát mức độ hài lòng"

    def ready(self):
        # the lower apps' registries: activities' daily run, the reports' extra figures;
        # neither imports surveys (ADR 3)
        from loa.activities.reminders import register_daily_job
        from loa.reports.sources import register_figures

        from . import report_figures
        from .services import surveys_close_ended

        register_daily_job(
            "survey_waves",
            surveys_close_ended,
            said="Đã đóng {} đợt khảo sát hết thời gian nhận phiếu và ghi vào nhật ký hoạt động.",
        )

        register_figures(
            "surveys",
            report_figures.provider,
            title=report_figures.TITLE,
            labels=report_figures.LABELS,
            sentence=report_figures.sentence,
        )
