"""Factories shared by every app's tests."""

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from cirkelinkoop.models import HomePage, StandardPage
from members.models import ContactPage, JoinPage, ParticipantsPage

DEFAULT_PASSWORD = "een-lang-test-wachtwoord"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@gemeente.example")
    username = factory.SelfAttribute("email")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Persoon {n}")

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or DEFAULT_PASSWORD)
        if create:
            self.save()
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Samen circulair inkopen"
    slug = "home"
    intro = "Het portaal van de Coalitie Inkoop."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een korte inleiding."


# --- members ------------------------------------------------------------------


class ParticipantsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ParticipantsPage

    title = "Deelnemers"
    slug = "deelnemers"
    show_in_menus = True
    search_description = "De organisaties die samen circulair inkopen."
    intro = "Deze organisaties kopen samen circulair in."


class JoinPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = JoinPage

    title = "Doe mee met de coalitie"
    slug = "deelnemen"
    search_description = "Vraag aan om mee te doen met de coalitie."
    intro = "Vraag om mee te doen."
    body = "<h2>Wat meedoen inhoudt</h2><ul><li>Elke zes weken het RCIO.</li></ul>"
    thanks_title = "Bedankt voor je aanvraag"
    thanks_intro = "We hebben je aanvraag ontvangen."
    thanks_body = "<h2>Wat gebeurt er nu?</h2><ol><li>De coördinator leest haar.</li></ol>"


class ContactPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContactPage

    title = "Contact"
    slug = "contact"
    show_in_menus = True
    search_description = "Een vraag voor de coördinator."
    intro = "Een vraag? Stuur haar naar de coördinator."
    thanks_title = "Bedankt voor je bericht"
    thanks_intro = "Je bericht is aangekomen."


def members_pages_create(home) -> None:
    """/deelnemers/, /deelnemen/ and /contact/ under ``home``, as setup_site makes them."""
    ParticipantsPageFactory(parent=home)
    JoinPageFactory(parent=home)
    ContactPageFactory(parent=home)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.Organisation"
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Gemeente Voorbeeld {n}")
    kind = "municipality"
    description = "Een gemeente die circulair inkoopt."

    @factory.post_generation
    def domains(self, create, extracted, **kwargs):
        from members.models import OrganisationDomain

        for domain in extracted or []:
            OrganisationDomain.objects.create(organisation=self, domain=domain)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.Membership"

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = "buyer"
    job_title = "Inkoopadviseur"
    in_directory = True


class JoinRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.JoinRequest"

    organisation_name = factory.Sequence(lambda n: f"Gemeente Aanvrager {n}")
    organisation_kind = "municipality"
    contact_name = "Ria Aanvraag"
    email = factory.Sequence(lambda n: f"aanvrager{n}@gemeente.example")
    phone = "030 000 00 01"
    role = "buyer"
    motivation = "Wij willen leren van circulaire aanbestedingen in de regio."
    consent = True


class ContactRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.ContactRequest"

    name = "Kees Vraag"
    email = factory.Sequence(lambda n: f"vraag{n}@voorbeeld.example")
    subject = "Vraag over het RCIO"
    message = "Mag een collega meekomen naar het volgende overleg?"
    consent = True


def invitation_link_path(invitation) -> str:
    """The link of the invitation's latest e-mail: the only place its token exists."""
    import re

    from mailing.models import OutboxEmail

    email = OutboxEmail.objects.for_object(invitation).latest("created_at", "pk")
    return re.search(r"/account/uitnodiging/[A-Za-z0-9_-]+/", email.body).group(0)
