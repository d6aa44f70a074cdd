import io

import pytest
from PIL import Image

from loa.plans.models import Channel


@pytest.fixture
def channel(db):
    return Channel.objects.get(code="web_portal")


@pytest.fixture
def photo():
    def make(name="anh-hoi-nghi.jpg", size=(800, 600)):
        buffer = io.BytesIO()
        Image.new("RGB", size, (30, 90, 160)).save(buffer, "JPEG")
        buffer.seek(0)
        buffer.name = name
        return buffer

    return make


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
