"""Loads a claimgraph export with NetworkX and prints what NetworkX saw.

usage: networkx_load.py json|graphml FILE

Prints one JSON document on standard output (ASCII, keys sorted):
  {"networkx": "2.8.8", "directed": true, "multigraph": true,
   "nodes": {"company:meta": {...attributes...}, ...},
   "edges": [["person:a", "company:meta", KEY_OR_NULL, {...attributes...}], ...]}
The C++ tests compare this with the graph they wrote, so that a field lost or
mistyped on the way into NetworkX fails a test.
"""
import inspect
import json
import sys
import warnings

# Only this script's stdout is parsed; keep library deprecation notes (which
# go to stderr, merged by the test runner) out of the way.
warnings.simplefilter("ignore", DeprecationWarning)

import networkx as nx  # noqa: E402


def load_json(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    params = inspect.signature(nx.node_link_graph).parameters
    if "edges" in params:  # NetworkX 3.4 and later
        return nx.node_link_graph(doc, edges="edges")
    if "link" in params:  # Debian 12's NetworkX 2.8.8, up to 3.5
        return nx.node_link_graph(doc, link="edges")
    # Older 2.x
    return nx.node_link_graph(
        doc, attrs={"link": "edges", "source": "source", "target": "target",
                    "name": "id", "key": "key"})


def main():
    kind, path = sys.argv[1], sys.argv[2]
    graph = load_json(path) if kind == "json" else nx.read_graphml(path)
    out = {
        "networkx": nx.__version__,
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": {str(n): data for n, data in graph.nodes(data=True)},
    }
    if graph.is_multigraph():
        out["edges"] = [[u, v, k, d] for u, v, k, d in graph.edges(keys=True, data=True)]
    else:
        out["edges"] = [[u, v, None, d] for u, v, d in graph.edges(data=True)]
    json.dump(out, sys.stdout, ensure_ascii=True, sort_keys=True)


if __name__ == "__main__":
    main()
