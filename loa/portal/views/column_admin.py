"""The officers' side of the CCHC column: the unit's articles by status, writing and
editing one, and the workflow (submit, publish or schedule, send back, withdraw). The
access map has checked the unit or the article before any of these runs."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may

from .. import services
from ..articles_forms import ArticleForm, PublishForm, ReasonForm
from ..models import Article, ArticleStatus


def column_admin(request, pk):
    """The unit's articles, those waiting for approval first."""
    unit = checked_object(request)
    articles = list(
        Article.objects.filter(unit=unit)
        .select_related("reform_area", "office", "created_by")
        .order_by("-updated_at")
    )
    waiting = [a for a in articles if a.status == ArticleStatus.SUBMITTED]
    others = [a for a in articles if a.status != ArticleStatus.SUBMITTED]
    context = {"unit": unit, "waiting": waiting, "others": others, "now": timezone.now()}
    return render(request, "portal/column_admin.html", context)


def _save(form, request):
    def save():
        services.article_save(
            article=form.instance, by=request.user, cover=form.cleaned_data["anh"]
        )

    return save


def article_create(request, pk):
    unit = checked_object(request)
    article = Article(unit=unit)
    form = ArticleForm(request.POST or None, request.FILES or None, instance=article, unit=unit)
    if request.method == "POST" and form.is_valid():
        _save(form, request)()
        messages.success(request, "Đã lưu dự thảo tin, bài. Gửi duyệt khi đã viết xong.")
        return redirect("portal:article_review", pk=article.pk)
    context = {"unit": unit, "form": form, "article": None}
    return render(request, "portal/article_form.html", context, status=400 if form.errors else 200)


def article_edit(request, pk):
    article = checked_object(request)
    form = ArticleForm(
        request.POST or None, request.FILES or None, instance=article, unit=article.unit
    )
    if request.method == "POST" and form.is_valid() and form.save_if_current(_save(form, request)):
        messages.success(request, "Đã lưu tin, bài.")
        return redirect("portal:article_review", pk=article.pk)
    context = {"unit": article.unit, "form": form, "article": article}
    return render(request, "portal/article_form.html", context, status=400 if form.errors else 200)


def article_review(request, pk):
    """The article as the public will read it, with what this user may do to it."""
    article = checked_object(request)
    return _review(request, article)


def _review(request, article, *, publish=None, reason=None, status=200):
    user = request.user
    context = {
        "unit": article.unit,
        "article": article,
        "can_edit": may(user, "portal.change_article", article),
        "can_submit": may(user, "portal.submit_article", article),
        "can_approve": article.status == ArticleStatus.SUBMITTED
        and may(user, "portal.approve_article", article),
        "can_withdraw": article.status == ArticleStatus.PUBLISHED
        and may(user, "portal.withdraw_article", article),
        "publish_form": publish or PublishForm(),
        "reason_form": reason or ReasonForm(),
        "history": article.history.select_related("history_user").order_by("-history_date")[:20],
    }
    return render(request, "portal/article_review.html", context, status=status)


def _refused(request, article, message):
    messages.error(request, message)
    return redirect("portal:article_review", pk=article.pk)


@require_POST
def article_submit(request, pk):
    article = checked_object(request)
    services.article_submit(article=article, by=request.user)
    messages.success(request, "Đã gửi tin, bài để lãnh đạo duyệt.")
    return redirect("portal:article_review", pk=article.pk)


@require_POST
def article_publish(request, pk):
    article = checked_object(request)
    if article.status != ArticleStatus.SUBMITTED:
        return _refused(request, article, "Tin, bài này không ở trạng thái chờ duyệt.")
    form = PublishForm(request.POST)
    if not form.is_valid():
        return _review(request, article, publish=form, status=400)
    services.article_publish(
        article=article, by=request.user, at=form.cleaned_data["dang_luc"], request=request
    )
    if article.is_scheduled:
        when = timezone.localtime(article.published_at)
        messages.success(
            request, f"Đã duyệt; tin, bài sẽ hiện trên cổng lúc {when:%H:%M ngày %d/%m/%Y}."
        )
    else:
        messages.success(request, "Đã đăng tin, bài; hoạt động tuyên truyền đã được ghi nhận.")
    return redirect("portal:article_review", pk=article.pk)


@require_POST
def article_send_back(request, pk):
    article = checked_object(request)
    if article.status != ArticleStatus.SUBMITTED:
        return _refused(request, article, "Tin, bài này không ở trạng thái chờ duyệt.")
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return _review(request, article, reason=form, status=400)
    services.article_send_back(article=article, note=form.cleaned_data["ly_do"], by=request.user)
    messages.success(request, "Đã trả lại tin, bài cho cán bộ sửa.")
    return redirect("portal:article_review", pk=article.pk)


@require_POST
def article_withdraw(request, pk):
    article = checked_object(request)
    if article.status != ArticleStatus.PUBLISHED:
        return _refused(request, article, "Chỉ gỡ được tin, bài đã đăng.")
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return _review(request, article, reason=form, status=400)
    services.article_withdraw(article=article, reason=form.cleaned_data["ly_do"], by=request.user)
    messages.success(request, "Đã gỡ tin, bài khỏi cổng; hoạt động đã ghi nhận được xóa theo.")
    return redirect("portal:article_review", pk=article.pk)
