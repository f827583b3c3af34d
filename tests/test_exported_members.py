import inspect

import textclean


def test_public_api_is_exactly_all():
    public = {  # the names are imported on first use: dir() lists them all the same
        name
        for name in dir(textclean)
        if not name.startswith("_") and not inspect.ismodule(getattr(textclean, name))
    }
    assert public == set(textclean.__all__) - {"__version__"}
    assert textclean.__all__ == sorted(textclean.__all__)


def test_the_names_design_promises_are_public():
    for name in (
        "clean",
        "unify_script",
        "strip_boilerplate",
        "find_duplicates",
        "Document",
        "Edit",
        "CleanConfig",
        "TextcleanError",
    ):
        assert name in textclean.__all__
