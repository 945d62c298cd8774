"""Reading /kennisbank/ as a test sees it: the cards listed and the facets' counts."""


def get(client, **params):
    response = client.get("/kennisbank/", params)
    assert response.status_code == 200
    return response


def titles(response) -> list[str]:
    return [card.title for card in response.context["cards"]]


def options(response, facet: str) -> dict[str, tuple[int, bool]]:
    """{value: (count, ticked)} of a facet as the page shows it."""
    view = next(view for view in response.context["library"].facets if view.name == facet)
    return {option.value: (option.count, option.selected) for option in view.options}
