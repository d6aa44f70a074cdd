from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Audience, Channel, Plan, ReformArea


@admin.register(Channel)
class ChannelAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "counting_unit", "counts_participants", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["kind", "is_active"]


@admin.register(ReformArea, Audience)
class CatalogueAdmin(SimpleHistoryAdmin):
    list_display = ["name", "code", "order", "is_active"]
    list_editable = ["order", "is_active"]


@admin.register(Plan)
class PlanAdmin(SimpleHistoryAdmin):
    list_display = ["title", "unit", "year", "status", "number", "issued_on"]
    list_filter = ["status", "year"]
    search_fields = ["title", "unit__name"]
    raw_id_fields = ["unit", "upper_plan", "drafting_office"]
    readonly_fields = ["status"]
