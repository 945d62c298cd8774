"""An editor's profile picture in the admin has a size limit, as every other upload.

Wagtail's form (``AvatarPreferencesForm``) scales a picture larger than 400 pixels down,
but keeps a smaller one as it came: a picture of a few pixels can carry megabytes of
metadata after its image data. The form has no limit and no setting for one; as a model
form it runs the validators of the model's field, so one added there limits the picture
however the form is reached.
"""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

AVATAR_MAX_UPLOAD_SIZE = 2 * 1024 * 1024  # far above a 400-pixel photo


def validate_avatar_size(file) -> None:
    # A picture kept from before (committed) was judged when it came.
    if getattr(file, "_committed", True) or file.size <= AVATAR_MAX_UPLOAD_SIZE:
        return
    # Wagtail's account view builds its forms again to show them, on the same upload, which
    # its form read to the end: from the start, it is refused for its size again, and not
    # as an empty file that is no picture.
    file.seek(0)
    raise ValidationError(
        _("Choose a picture of at most %(limit)s."),
        code="file_too_large",
        params={"limit": filesizeformat(AVATAR_MAX_UPLOAD_SIZE)},
    )


def limit_avatar_size() -> None:
    from wagtail.users.models import UserProfile

    validators = UserProfile._meta.get_field("avatar").validators
    if validate_avatar_size not in validators:
        validators.append(validate_avatar_size)
