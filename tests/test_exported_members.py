import inspect

import textclean


def test_public_api_is_exactly_all():
    public = {
        name
        for name, value in vars(textclean).items()
        if not name.startswith("_") and not inspect.ismodule(value)
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
