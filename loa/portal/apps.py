from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "loa.portal"
    verbose_name = "Cổng công khai"

    def ready(self):
        # the lower apps' registries: activities' daily run, the reports' extra figures
        from loa.activities.reminders import register_daily_job, register_reminder_source
        from loa.reports.sources import register_figures

        from . import feedback_figures
        from .feedback_reminders import feedback_reminders_due, kept_uploads_forget

        register_reminder_source("feedback", feedback_reminders_due)
        register_daily_job(
            "feedback_uploads",
            kept_uploads_forget,
            said="Đã xóa {} tệp đính kèm của phản ánh gửi không thành quá một ngày.",
        )
        register_figures(
            "feedback",
            feedback_figures.provider,
            title=feedback_figures.TITLE,
            labels=feedback_figures.LABELS,
            sentence=feedback_figures.sentence,
        )
