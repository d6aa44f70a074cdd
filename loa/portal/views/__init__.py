"""The public pages of each unit and the pages officers use to run them, one module per
part of the public side."""

from . import feedback_desk
from .articles import (
    article_cover,
    article_detail,
    article_feed,
    article_print,
    article_thumbnail,
    column_area,
    column_home,
)
from .column_admin import (
    article_create,
    article_edit,
    article_publish,
    article_review,
    article_send_back,
    article_submit,
    article_withdraw,
    column_admin,
)
from .contact import contact_edit
from .feedback import (
    answer_detail,
    answer_list,
    answer_public_file,
    feedback_form,
    feedback_lookup,
    feedback_sent,
)
from .procedures import procedure_detail, procedure_list
from .procedures_admin import (
    import_confirm,
    import_template,
    import_upload,
    procedure_desk,
    procedure_list_file,
)
from .radio import (
    radio_detail,
    radio_list,
    radio_print,
    radio_recompile,
    radio_slot_add,
    radio_slot_delete,
    radio_slot_done,
    radio_slot_undo,
    radio_text,
)
from .site import index, unit_site

__all__ = [
    "answer_detail",
    "answer_list",
    "answer_public_file",
    "article_cover",
    "article_create",
    "article_detail",
    "article_edit",
    "article_feed",
    "article_print",
    "article_publish",
    "article_review",
    "article_send_back",
    "article_submit",
    "article_thumbnail",
    "article_withdraw",
    "column_admin",
    "column_area",
    "column_home",
    "contact_edit",
    "feedback_desk",
    "feedback_form",
    "feedback_lookup",
    "feedback_sent",
    "import_confirm",
    "import_template",
    "import_upload",
    "index",
    "procedure_desk",
    "procedure_detail",
    "procedure_list",
    "procedure_list_file",
    "radio_detail",
    "radio_list",
    "radio_print",
    "radio_recompile",
    "radio_slot_add",
    "radio_slot_delete",
    "radio_slot_done",
    "radio_slot_undo",
    "radio_text",
    "unit_site",
]
