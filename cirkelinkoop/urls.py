from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PagesSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cirkelinkoop import media, redirect_import, views

handler400 = "cirkelinkoop.views.bad_request"

urlpatterns = [
    # Everyone signs in through allauth (by e-mail, rate limited), coordinators too.
    path(
        "beheer/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="admin_login_redirect",
    ),
    # Before Wagtail's, which answers a tampered confirm form with a 500.
    path(
        "beheer/redirects/import/process/",
        redirect_import.process_import,
        name="redirects_process_import",
    ),
    path("beheer/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    # Before allauth's, so /account/gegevens/ and the invitation link are ours.
    path("", include("members.urls")),
    path("", include("knowledge.urls")),
    path("", include("meetings.urls")),
    path("account/", include("allauth.urls")),
    path("zoeken/", views.search, name="search"),
    path("gezondheid/", views.health, name="health"),
    # Every page, the participants page with its organisations (get_sitemap_urls) too.
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PagesSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
]

# Image files are public; documents are not: Wagtail serves them through its view above,
# which checks collection privacy. The view refuses every path outside the image folders
# (and everything when SERVE_MEDIA_IMAGES is off, as behind the production proxy).
urlpatterns.append(re_path(r"^media/(?P<path>.*)$", media.public_image, name="media"))

# Wagtail's front-end sign-in (for private pages and documents) skips allauth's rate limit
# and e-mail verification: shadow it, before wagtail.urls, with a way to allauth's.
urlpatterns.append(
    path("_util/login/", views.frontend_login_redirect, name="frontend_login_redirect")
)

# Wagtail's page tree serves every other path; it must come last.
urlpatterns.append(path("", include(wagtail_urls)))
