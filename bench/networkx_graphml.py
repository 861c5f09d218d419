#!/usr/bin/python3
"""The GraphML baseline for bench/run.sh: NetworkX writing the same graph.

  networkx_graphml.py GRAPH.json

Loads a claimgraph JSON file with node_link_graph, makes its attributes
GraphML-able (lists joined with ";", nulls left out: GraphML has neither, and
NetworkX refuses them), then times write_graphml to a file in the system's
temporary folder (removed after), as claimgraph's stage benchmark writes its
own. Only the write is timed. Prints one JSON line: {"nodes", "edges",
"seconds", "bytes", "edges_per_s"}.
"""

import json
import os
import sys
import tempfile
import time

import networkx as nx


def graphml_ready(attrs):
    out = {}
    for k, v in attrs.items():
        if v is None:
            continue
        if isinstance(v, list):
            v = ";".join(str(x) for x in v)
        elif isinstance(v, dict):
            v = json.dumps(v, sort_keys=True)
        out[k] = v
    return out


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    # NetworkX 3.6 names the edge list edges=; Debian 12's 2.8 says link=.
    try:
        g = nx.node_link_graph(doc, edges="edges")
    except TypeError:
        g = nx.node_link_graph(doc, link="edges")
    h = nx.MultiDiGraph()
    for n, data in g.nodes(data=True):
        h.add_node(n, **graphml_ready(data))
    for u, v, k, data in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **graphml_ready(data))
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "graph.graphml")
        start = time.perf_counter()
        nx.write_graphml(h, path)
        seconds = time.perf_counter() - start
        size = os.path.getsize(path)
    print(json.dumps({"version": nx.__version__,
                      "nodes": h.number_of_nodes(), "edges": h.number_of_edges(),
                      "seconds": seconds, "bytes": size,
                      "edges_per_s": h.number_of_edges() / seconds}))


if __name__ == "__main__":
    main()
