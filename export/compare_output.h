// export/compare_output.h
// How `claimgraph compare` writes a Comparison (graph/compare.h): as text
// for a terminal, or as JSON.
//
// Text, section by section (episodes are numbered [1], [2], ... in the order
// compared):
//
//   Episodes            one line each: number, date, title, source
//   In common           the entities every episode mentions
//   Only in [i]         the entities only episode i mentions
//   Mentions            ENTITY, TYPE, one count column per episode, TOTAL
//   Claims that agree   each finding, then one line per statement:
//                       [i] time  speaker (modality): "text"  source:line
//   Claims that conflict  likewise, saying which kind of conflict
//   Side by side        for each shared entity, one column per episode with
//                       what each speaker said about it
//
// `top` limits the rows of the mention table and the number of entities side
// by side (the most mentioned first), `statements` the statements shown per
// entity and episode; what is left out is counted ("... and 4 more"). The
// JSON has everything.
//
// JSON (fields in this order; ids as in the graph):
//
//   {"episodes": [{"id", "title", "date" | null, "source"}],
//    "common": [ids],
//    "unique": {"<episode id>": [ids], ...},
//    "entities": [{"id", "name", "type", "mentions": {"<episode id>": n}, "total"}],
//    "shared": [{"id", "name", "statements": [STATEMENT]}],
//    "agreements": [FINDING], "conflicts": [FINDING]}
//   FINDING   = {"kind": "agree" | "negation" | "opposite", "relation",
//                "subject", "subject_name", "object", "object_name",
//                "statements": [STATEMENT]}
//   STATEMENT = {"claim", "episode", "speaker", "speaker_name",
//                "time" | null, "seconds" | null, "source", "line",
//                "relation" | null, "subject" | null, "object" | null,
//                "negated", "modality", "label", "text"}
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_EXPORT_COMPARE_OUTPUT_H_
#define CLAIMGRAPH_EXPORT_COMPARE_OUTPUT_H_

#include <string>

#include "graph/compare.h"

namespace claimgraph {

struct CompareTextOptions {
  size_t width = 100;      // columns to fit the text in
  size_t top = 15;         // entities in the mention table and side by side; 0: all
  size_t statements = 3;   // per entity and episode, side by side; 0: all
};

std::string CompareText(const Comparison& comparison,
                        const CompareTextOptions& options);

std::string CompareJson(const Comparison& comparison);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_COMPARE_OUTPUT_H_
