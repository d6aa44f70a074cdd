"""The DOCX or PDF of an official document, kept in the cache once it is issued: a plan in
force is downloaded by every unit below it, and a long one takes a second or more to write.

The key is a digest of the neutral `Document` the kind builds, not the document's id: a
kept file is used only while the document says exactly the same thing, so nothing has to
remember to invalidate it (an amendment, a renamed office, a correction of a report). Drafts
change at every edit and are written each time."""

import hashlib

from django.core.cache import cache

from .docx import render_docx
from .models import DocumentStatus
from .pdf import render_pdf

KEPT_STATUSES = {DocumentStatus.ISSUED, DocumentStatus.SENT, DocumentStatus.SUPERSEDED}
KEPT_FOR = 7 * 24 * 3600  # seconds
WRITERS_VERSION = 1  # change when the writers' output changes, so no old file is served


def rendered(document, *, build, kind: str) -> bytes:
    """The document's file of `kind` ("docx" or "pdf"), written by `build` and the writer."""
    content = build(document)
    write = {"docx": render_docx, "pdf": render_pdf}[kind]
    if document.status not in KEPT_STATUSES:
        return write(content)
    digest = hashlib.sha256(repr(content).encode()).hexdigest()
    key = f"loa:document:{kind}:{WRITERS_VERSION}:{digest}"
    data = cache.get(key)
    if data is None:
        data = write(content)
        cache.set(key, data, KEPT_FOR)
    return data
