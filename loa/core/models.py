from django.conf import settings
from django.db import models
from django.utils import timezone


class Submission(models.Model):
    """One sending of a form that carries a one-time token (loa/core/once.py): claimed while
    the first request works, then kept with where it led, so that a repeat leads there too."""

    class State(models.TextChoices):
        PENDING = "pending", "Đang xử lý"
        DONE = "done", "Đã xong"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64)
    path = models.CharField(max_length=200)
    state = models.CharField(max_length=10, choices=State, default=State.PENDING)
    location = models.TextField(blank=True)
    claimed_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="core_submission_once_per_user")
        ]

    def __str__(self):
        return f"{self.path} ({self.get_state_display()})"
