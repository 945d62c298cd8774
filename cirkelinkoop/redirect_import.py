"""The second step of Wagtail's redirect import, refusing a tampered form as Wagtail means to.

The confirm form carries the uploaded file's name and format, signed, so nobody can make
the import read another file. Wagtail's view raises SuspiciousOperation (a 400) for a bad
signature, but its form fails first, on ``BadSignature.message`` that does not exist: the
coordinator got a 500. The signatures are checked here, before Wagtail's view, the same way.
"""

from django.contrib import messages
from django.core.exceptions import SuspiciousOperation
from django.core.signing import BadSignature, Signer
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.redirects import views as wagtail_views
from wagtail.contrib.redirects.utils import get_file_storage

SIGNED_FIELDS = ("import_file_name", "input_format")


@never_cache
@require_admin_access
@wagtail_views.permission_checker.require_any("add")
@require_POST
def process_import(request):
    signer = Signer()
    try:
        file_name, _format = (signer.unsign(request.POST.get(name, "")) for name in SIGNED_FIELDS)
    except BadSignature as error:
        raise SuspiciousOperation("Redirect import: the confirm form was tampered with") from error
    # The upload waits in the cache (WAGTAIL_REDIRECTS_FILE_STORAGE) for a day; gone, Wagtail
    # would read nothing as the file and fail.
    if get_file_storage()(name=file_name).read() is None:
        messages.error(request, _("The uploaded file is no longer here. Please upload it again."))
        return redirect("wagtailredirects:start_import")
    return wagtail_views.process_import(request)
