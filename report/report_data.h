// report/report_data.h
// The data the HTML report's page is drawn from: a JSON document derived from
// the KnowledgeGraph (plus, when the report was made from transcripts, the
// sentences of each mention), embedded in the page and read by
// report/web/report.js. It is internal to the report: the public JSON
// contract is export/json_writer.h.
//
// References between parts are indexes (into "episodes", "nodes", "claims",
// "texts") to keep the page small. The document, field by field:
//
//   {"title": "...", "generator": "claimgraph 0.1.0",
//    "episodes": [{"id", "title", "date" (or null), "source",
//                  "timed": true when the episode has timestamps (x = seconds)
//                           else false (x = the segment's line),
//                  "end": the largest x, "speakers": [node],
//                  "turns": [[node, x], ...]   one per segment of speech,
//                  "chapters": [{"title", "x"}] (timed episodes only),
//                  "rows": [node, ...]         the timeline's rows: the
//                           entities with most mention edges in the episode,
//                           at most ReportOptions::timeline_rows,
//                  "marks": [{"e": node, "s": node (speaker), "x", "line",
//                             "q": [text, ...] what was said}]}],
//    "nodes": [{"id", "type", "label", "aliases": [...], "mentions",
//               "speaker": bool, "episodes": [episode],
//               "counts": [[episode, mention edges], ...],
//               "kind", "homepage", "wikidata" (only when known)}],
//    "links": [{"s": node (speaker), "t": node, "n": mention edges,
//               "by": [[episode, mention edges], ...], "claims": [claim]}],
//    "relations": [{"s": node, "t": node, "r": relation,
//                   "claims": [claim], "negated": how many of them are}],
//    "claims": [{"id", "label", "text", "speaker": node, "episode", "seconds"
//                (or null), "time" (or null), "line", "relation" (or null),
//                "subject", "object" (node, or -1), "about": [node],
//                "modality", "negated"}],
//    "texts": ["sentence", ...],
//    "agreements": [{"subject", "object" (node), "relation", "negated",
//                    "claims": [claim], "episodes": [episode]}],
//    "conflicts": [{"kind", "subject", "object", "relation",
//                   "claims": [claim], "against": [claim]}]}
//
// "nodes" holds every person, company, model and product node of the graph
// (speakers are persons), in graph order: the interactive graph draws
// exactly these. "links" joins a speaker to each entity they mentioned or
// made a claim about (never to themselves). Everything comes in graph order,
// so the same graph gives the same bytes.
//
// Thread safety: reads its inputs only.
#ifndef CLAIMGRAPH_REPORT_REPORT_DATA_H_
#define CLAIMGRAPH_REPORT_REPORT_DATA_H_

#include <string>

#include "graph/knowledge_graph.h"
#include "report/mention_sentences.h"

namespace claimgraph {

struct ReportOptions {
  std::string title;  // empty: the episode's title, or "N episodes"
  int timeline_rows = 12;
};

// The document described above, compact (no spaces or newlines), not yet
// escaped for a <script> block. `sentences` may be empty: a mark then quotes
// the claims made in its segment about its entity, if any.
std::string ReportDataJson(const KnowledgeGraph& graph,
                           const MentionSentences& sentences,
                           const ReportOptions& options);

// The page title ReportDataJson uses.
std::string ReportTitle(const KnowledgeGraph& graph, const ReportOptions& options);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_REPORT_REPORT_DATA_H_
