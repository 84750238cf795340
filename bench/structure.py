"""Measure the code's shape: module sizes, imports inside functions, long functions, import cycles.

    .venv/bin/python bench/structure.py [ROOT]

Every import counts towards the graph, at module level or inside a function
(migrations excepted): an import inside a function is a dependency too.
"""

import ast
import sys
from collections import defaultdict
from pathlib import Path

APPS = ("portal", "home", "programs", "resources", "search", "demo")


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


def function_imports(tree: ast.AST) -> int:
    """Import statements whose nearest enclosing scope is a function."""
    count = 0

    def visit(node, in_function):
        nonlocal count
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)) and in_function:
                count += 1
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))

    visit(tree, False)
    return count


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


def main(root: Path) -> None:
    sizes, graph, in_functions, long_functions = {}, {}, 0, []
    for path in sources(root):
        text = path.read_text()
        tree = ast.parse(text)
        name = module_name(root, path)
        sizes[name] = len(text.splitlines())
        graph[name] = imports_of(root, path, tree)
        in_functions += function_imports(tree)
        long_functions += [(name, node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(tree)
                           if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 60]
    graph = {m: {n for n in names if n in graph and n != m} for m, names in graph.items()}
    apps = defaultdict(set)
    for module, names in graph.items():
        apps[module.split(".")[0]].update(n.split(".")[0] for n in names if n.split(".")[0] != module.split(".")[0])
    programs = {m: n for m, n in sizes.items() if m.startswith("programs")}
    print(f"modules: {len(sizes)} ({sum(sizes.values())} lines); programs/: {len(programs)} ({sum(programs.values())} lines)")
    print(f"imports inside functions: {in_functions}")
    print("modules over 400 lines:", sorted(((n, m) for m, n in sizes.items() if n > 400), reverse=True))
    print("functions over 60 lines:", long_functions)
    print("app cycle:", " -> ".join(find_cycle(apps)) or "none")
    print("module cycle:", " -> ".join(find_cycle(graph)) or "none")
    print("search imports a feature app:", sorted(f"{m} -> {n}" for m, names in graph.items() if m.startswith("search")
                                                  for n in names if n.split(".")[0] in ("programs", "resources")) or "no")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]).resolve())
