from django.contrib import admin

from .models import Procedure, ProcedureChange, UnitContact
from .services import procedure_save


class ProcedureChangeInline(admin.TabularInline):
    model = ProcedureChange
    extra = 0


@admin.register(Procedure)
class ProcedureAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "full_code", "field", "level", "province", "abolished_on"]
    list_filter = ["level", "field"]
    search_fields = ["name", "code", "full_code", "search_text"]
    raw_id_fields = ["province"]
    inlines = [ProcedureChangeInline]

    def save_model(self, request, obj, form, change):
        procedure_save(procedure=obj)


@admin.register(UnitContact)
class UnitContactAdmin(admin.ModelAdmin):
    list_display = ["unit", "hotline", "email"]
    raw_id_fields = ["unit"]
