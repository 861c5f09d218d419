// export/claims_jsonl_writer.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// Writes the claims as a flat table for pandas and DuckDB users: JSON Lines,
// one claim per line, in graph order, every line with the same keys in the
// same order (absent values are null):
//
//   {"id": "claim:ep:17", "episode": "episode:ep", "date": "2025-06-30",
//    "speaker": "person:dylan-patel", "speaker_label": "Dylan Patel",
//    "time": "00:07:11", "seconds": 431, "relation": "acquired",
//    "subject": "company:meta", "subject_label": "Meta",
//    "object": "company:scale-ai", "object_label": "Scale AI",
//    "modality": "asserted", "negated": false, "text": "They bought Scale ...",
//    "about": ["company:meta", "company:scale-ai"],
//    "source": "2025-06-30-dylan-patel.txt:97", "line": 97}
//
//   pandas.read_json("claims.jsonl", lines=True)
//   SELECT * FROM read_json_auto('claims.jsonl');   -- DuckDB
//
// `source` is "file:line" of the segment, the file as the user named it.
// U+2028 and U+2029 are written as escapes so that no reader that splits on
// them breaks a line (see EscapeJsonLineSeparators). Output is UTF-8 and
// byte-identical for the same graph. The file is written as the claims are
// read, a block at a time (JsonStream), never held whole.
//
// Thread safety: reads the graph only.
#ifndef CLAIMGRAPH_EXPORT_CLAIMS_JSONL_WRITER_H_
#define CLAIMGRAPH_EXPORT_CLAIMS_JSONL_WRITER_H_

#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// Every claim, one line each, each line ending in "\n".
std::string ToClaimsJsonl(const KnowledgeGraph& graph);

// Writes the same text to `path` atomically ("-" for standard output).
Status WriteClaimsJsonl(const KnowledgeGraph& graph, const std::string& path);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_CLAIMS_JSONL_WRITER_H_
