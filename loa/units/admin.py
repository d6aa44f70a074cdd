from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Office, Unit


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "level", "kind", "parent", "valid_from", "valid_to"]
    list_filter = ["level", "kind"]
    search_fields = ["code", "name"]
    raw_id_fields = ["parent"]
    readonly_fields = ["key", "path"]


@admin.register(Office)
class OfficeAdmin(SimpleHistoryAdmin):
    list_display = ["name", "abbreviation", "unit", "order", "is_active"]
    search_fields = ["name", "unit__name"]
    raw_id_fields = ["unit"]
