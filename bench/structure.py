"""Measure the code's shape: module sizes, imports inside functions, long functions, import cycles.

    .venv/bin/python bench/structure.py [ROOT]

Every import counts towards the graph, at module level or inside a function
(migrations excepted): an import inside a function is a dependency too.
tests/unit/test_import_graph.py asserts on the same analysis.
"""

import ast
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

APPS = ("portal", "home", "programs", "resources", "search", "demo")
#: The project's composition root: settings and URL configuration import the apps; no app imports them.
COMPOSITION_ROOT = ("portal.urls", "portal.settings", "portal.wsgi", "portal.asgi")
#: Modules that hold views (request handlers), which no model module may import.
VIEW_MODULE_NAMES = {"views", "screen", "detail", "status", "dashboard", "viewsets", "wagtail_hooks", "admin_urls", "feeds", "urls"}


@dataclass
class Shape:
    sizes: dict = field(default_factory=dict)  # module -> lines
    graph: dict = field(default_factory=dict)  # module -> imported modules (of APPS)
    function_imports: list = field(default_factory=list)  # (module, line, reason given?)
    long_functions: list = field(default_factory=list)  # (module, function, lines)

    def app_graph(self) -> dict:
        """App -> apps it imports; the composition root is left out (it imports every app by design)."""
        apps = defaultdict(set)
        for module, names in self.graph.items():
            if module.startswith(COMPOSITION_ROOT):
                continue
            app = module.split(".")[0]
            apps[app].update(n.split(".")[0] for n in names if n.split(".")[0] != app and not n.startswith(COMPOSITION_ROOT))
        return apps

    def model_modules(self) -> set:
        """Each app's `models` module and the modules it gathers models from."""
        roots = {m for m in self.graph if m.split(".")[-1] == "models"}
        return roots | {n for m in roots if m.count(".") == 1 for n in self.graph[m]}


def module_name(root: Path, path: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources(root: Path):
    for app in APPS:
        for path in sorted((root / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def imports_of(root: Path, path: Path, tree: ast.AST) -> set[str]:
    name = module_name(root, path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                kept = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(kept + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {n for n in found if n.split(".")[0] in APPS}


def function_imports(module: str, tree: ast.AST, lines: list[str]) -> list[tuple]:
    """Imports whose nearest enclosing scope is a function, and whether a reason is given:
    an AppConfig.ready() (Django requires it), or a comment on the line or the line above."""
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)) and function is not None:
                above = child.lineno - 2  # a comment above a run of imports covers the run
                while above >= 0 and lines[above].strip().startswith(("from ", "import ")):
                    above -= 1
                commented = above >= 0 and lines[above].strip().startswith("#")
                reason = function.name == "ready" or "#" in lines[child.lineno - 1] or commented
                found.append((module, child.lineno, reason))
            inner = child if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            visit(child, inner)

    visit(tree, None)
    return found


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = defaultdict(int)
    for start in sorted(graph):
        if state[start]:
            continue
        stack, path = [(start, iter(sorted(graph[start])))], [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif state[child] == 1:
                return path[path.index(child):] + [child]
            elif state[child] == 0:
                state[child] = 1
                stack.append((child, iter(sorted(graph.get(child, ())))))
                path.append(child)
    return []


def analyse(root: Path) -> Shape:
    shape = Shape()
    for path in sources(root):
        text = path.read_text()
        tree = ast.parse(text)
        name = module_name(root, path)
        shape.sizes[name] = len(text.splitlines())
        shape.graph[name] = imports_of(root, path, tree)
        shape.function_imports += function_imports(name, tree, text.splitlines())
        shape.long_functions += [(name, node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(tree)
                                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 60]
    shape.graph = {m: {n for n in names if n in shape.graph and n != m} for m, names in shape.graph.items()}
    return shape


def main(root: Path) -> None:
    shape = analyse(root)
    sizes, graph = shape.sizes, shape.graph
    programs = {m: n for m, n in sizes.items() if m.startswith("programs")}
    print(f"modules: {len(sizes)} ({sum(sizes.values())} lines); programs/: {len(programs)} ({sum(programs.values())} lines)")
    without_reason = [f"{m}:{line}" for m, line, reason in shape.function_imports if not reason]
    print(f"imports inside functions: {len(shape.function_imports)} ({len(without_reason)} without a stated reason)")
    print("modules over 400 lines:", sorted(((n, m) for m, n in sizes.items() if n > 400), reverse=True))
    print("largest modules:", sorted(((n, m) for m, n in sizes.items()), reverse=True)[:5])
    print("functions over 60 lines:", shape.long_functions)
    print("app cycle:", " -> ".join(find_cycle(shape.app_graph())) or "none")
    print("module cycle:", " -> ".join(find_cycle(graph)) or "none")
    print("search imports a feature app:", sorted(f"{m} -> {n}" for m, names in graph.items() if m.startswith("search")
                                                  for n in names if n.split(".")[0] in ("programs", "resources", "demo")) or "no")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]).resolve())
