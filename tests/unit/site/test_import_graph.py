"""The code's shape as rules: dependencies run one way, model modules import no view, pieces stay small.

The analysis is bench/structure.py's (an AST walk of every app module,
migrations excepted; imports inside functions count as dependencies too).
"""

from pathlib import Path

import pytest

from bench.structure import VIEW_MODULE_NAMES, analyse, find_cycle

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def shape():
    return analyse(ROOT)


def test_the_apps_import_each_other_without_a_cycle(shape):
    assert find_cycle(shape.app_graph()) == []


def test_no_module_cycle(shape):
    assert find_cycle(shape.graph) == []


def test_search_imports_no_feature_app(shape):
    imports = {name.split(".")[0] for module, names in shape.graph.items() if module.startswith("search") for name in names}
    assert imports <= {"search", "portal"}


def test_shared_layers_import_no_app_above_them(shape):
    """portal's helpers (text, site address, middleware) sit under every app; home under programs and resources."""
    allowed = {"portal": {"portal"}, "home": {"home", "portal", "search"}, "resources": {"resources", "home", "portal", "search"}}
    for module, names in shape.graph.items():
        app = module.split(".")[0]
        if app in allowed and not module.startswith(("portal.urls", "portal.settings", "portal.wsgi")):
            assert {n.split(".")[0] for n in names} <= allowed[app], module


def test_no_model_module_imports_a_view(shape):
    for module in shape.model_modules():
        views = [name for name in shape.graph[module] if name.split(".")[-1] in VIEW_MODULE_NAMES]
        assert views == [], module


def test_every_import_inside_a_function_says_why(shape):
    assert [f"{module}:{line}" for module, line, reason in shape.function_imports if not reason] == []


def test_no_module_over_400_lines_and_no_function_over_60(shape):
    demo_data = [m for m in shape.sizes if m.startswith("demo.data")]
    assert [(m, n) for m, n in shape.sizes.items() if n > 400 and m not in demo_data] == []
    assert shape.long_functions == []


def test_the_analysis_sees_a_cycle_when_there_is_one():
    """The checks above would pass on an empty graph: prove the cycle finder finds one."""
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) in (["a", "b", "c", "a"],)
    assert find_cycle({"a": {"b"}, "b": set()}) == []
