from django.urls import path

from .views import auth, members, offices, units

app_name = "accounts"

urlpatterns = [
    path("dang-nhap/", auth.login, name="login"),
    path("dang-xuat/", auth.logout, name="logout"),
    path("doi-mat-khau/", auth.password_change, name="password_change"),
    path("doi-mat-khau/xong/", auth.password_change_done, name="password_change_done"),
    path("quen-mat-khau/", auth.password_reset, name="password_reset"),
    path("quen-mat-khau/da-gui/", auth.password_reset_done, name="password_reset_done"),
    path(
        "dat-lai-mat-khau/<uidb64>/<token>/",
        auth.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("dat-lai-mat-khau/xong/", auth.password_reset_complete, name="password_reset_complete"),
    path("chuyen-don-vi/", auth.switch_unit, name="switch_unit"),
    path("don-vi/<int:pk>/", units.unit_detail, name="unit_detail"),
    path("don-vi/<int:pk>/thiet-lap/", units.unit_settings, name="unit_settings"),
    path("don-vi/<int:unit_pk>/nguoi-dung/", members.member_list, name="member_list"),
    path("vai-tro/<int:pk>/", members.member_edit, name="member_edit"),
    path("vai-tro/<int:pk>/thu-hoi/", members.member_deactivate, name="member_deactivate"),
    path("don-vi/<int:unit_pk>/co-quan/", offices.office_list, name="office_list"),
    path("co-quan/<int:pk>/", offices.office_edit, name="office_edit"),
]
