from django.urls import path

from knowledge.models.index import CRITERIA_CSV, CRITERIA_DOCX
from members.urls import page_route

app_name = "knowledge"

# Names for the fixed addresses of the case library's pages and routes (DESIGN's URL map);
# Wagtail serves them by the page that owns the path.
urlpatterns = [
    path("kennisbank/", page_route, name="library"),
    path("kennisbank/export.csv", page_route, name="export_csv"),
    path("kennisbank/export.json", page_route, name="export_json"),
    path("kennisbank/nieuw/", page_route, name="submit"),
    path("kennisbank/nieuw/<int:pk>/", page_route, name="submission"),
    path("kennisbank/vergelijk/", page_route, name="compare"),
    path(f"kennisbank/vergelijk/{CRITERIA_DOCX}", page_route, name="criteria_docx"),
    path(f"kennisbank/vergelijk/{CRITERIA_CSV}", page_route, name="criteria_csv"),
    path("kennisbank/feed/", page_route, name="feed"),
    path("themas/", page_route, name="themes"),
]
