from django.urls import path

from members.urls import page_route

app_name = "meetings"

# Names for the fixed addresses of the meetings' pages and routes (DESIGN's URL map);
# Wagtail serves them by the page that owns the path. Wagtail's own pattern takes no dot,
# so the calendar files are named here and handed to /bijeenkomsten/.
urlpatterns = [
    path("bijeenkomsten/", page_route, name="meetings"),
    path("bijeenkomsten/acties/", page_route, name="actions"),
    path("bijeenkomsten/agenda.ics", page_route, name="feed"),
    path("bijeenkomsten/agenda/<int:user_id>-<str:token>.ics", page_route, name="personal_feed"),
    path("bijeenkomsten/agenda/nieuw/", page_route, name="personal_feed_renew"),
    path("bijeenkomsten/<slug:slug>.ics", page_route, name="meeting_ics"),
]
