from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "loa.dashboard"
    verbose_name = "Theo dõi"

    def ready(self):
        from loa.activities.reminders import register_daily_job

        from .services import scores_refresh_daily

        register_daily_job(
            "unit_scores",
            scores_refresh_daily,
            said="Đã tính lại {} điểm tuyên truyền của các đơn vị (năm nay và năm trước).",
        )
