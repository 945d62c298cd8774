import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

SECRET = b"%PDF-1.4 notulen, alleen voor leden"


@pytest.fixture
def members_only_document(home):
    """A document in a collection that only signed-in people may see."""
    collection = Collection.get_first_root_node().add_child(name="Alleen leden")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Notulen RCIO", collection=collection)
    document.file.save("notulen.pdf", ContentFile(SECRET), save=False)
    document.save()
    return document
