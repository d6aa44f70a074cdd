"""Articles of the CCHC column, made through the service that writes them, and pictures
made on the spot."""

import io

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from loa.plans.models import ReformArea
from loa.portal.models import Article
from loa.portal.services import article_publish, article_save, article_submit


class ArticleFactory(factory.django.DjangoModelFactory):
    """A draft of `unit` by `by` (the officer); `cover` an upload if wanted."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Bộ phận một cửa xã tiếp nhận hồ sơ trực tuyến, tin {n}")
    lead = "Người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia, không phải đi lại nhiều lần."
    body = "<h2>Kết quả</h2><p>Trong tháng, Bộ phận một cửa tiếp nhận 120 hồ sơ.</p>"
    reform_area = factory.LazyFunction(lambda: ReformArea.objects.order_by("order").first())

    @classmethod
    def _create(cls, model_class, *args, by, cover=None, **kwargs):
        return article_save(article=model_class(*args, **kwargs), by=by, cover=cover)


def published(*, unit, officer, leader, at=None, **fields) -> Article:
    """An article written by `officer`, submitted and published by `leader` (at `at`)."""
    article = ArticleFactory(unit=unit, by=officer, **fields)
    article_submit(article=article, by=officer)
    return article_publish(article=article, by=leader, at=at)


def photo(name="anh.jpg", *, size=(2400, 1600), kind="JPEG") -> SimpleUploadedFile:
    """A photo-like picture: shapes with grain in each colour, which JPEG cannot make tiny
    (harder to compress than most photos)."""
    shape = Image.effect_mandelbrot(size, (-2.0, -1.2, 1.0, 1.2), 80)
    small = (max(size[0] // 40, 1), max(size[1] // 40, 1))
    channels = [
        Image.blend(shape, Image.effect_noise(small, 90).resize(size, Image.BICUBIC), 0.6)
        for _ in range(3)
    ]
    image = Image.merge("RGB", channels)
    buffer = io.BytesIO()
    image.save(buffer, kind)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}[kind]
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)
