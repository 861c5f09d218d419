"""Parses a GEXF 1.3 file with Python's ElementTree and prints it as JSON.

usage: gexf_load.py FILE

NetworkX cannot read GEXF 1.3 (it knows 1.1draft and 1.2draft), so the tests
read our files back with a plain XML parser:
  {"graph": {...graph attributes...},
   "attributes": {"node": {"type": "string", ...}, "edge": {...}},
   "nodes": [{"id", "label", "start"?, "values": {...}, "color": [r, g, b], "size"}],
   "edges": [{"id", "source", "target", "kind", "label", "weight", "start"?,
              "values": {...}, "color"?}]}
"""
import json
import sys
import xml.etree.ElementTree as ET

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}


def element(e, kind):
    out = dict(e.attrib)
    out["values"] = {v.get("for"): v.get("value")
                     for v in e.findall("g:attvalues/g:attvalue", NS)}
    color = e.find("viz:color", NS)
    if color is not None:
        out["color"] = [int(color.get(c)) for c in "rgb"]
    size = e.find("viz:size", NS)
    if size is not None:
        out["size"] = float(size.get("value"))
    return out


def main():
    root = ET.parse(sys.argv[1]).getroot()
    graph = root.find("g:graph", NS)
    out = {
        "version": root.get("version"),
        "graph": dict(graph.attrib),
        "attributes": {
            a.get("class"): {x.get("id"): x.get("type") for x in a.findall("g:attribute", NS)}
            for a in graph.findall("g:attributes", NS)
        },
        "nodes": [element(n, "node") for n in graph.findall("g:nodes/g:node", NS)],
        "edges": [element(e, "edge") for e in graph.findall("g:edges/g:edge", NS)],
    }
    json.dump(out, sys.stdout, ensure_ascii=True, sort_keys=True)


if __name__ == "__main__":
    main()
