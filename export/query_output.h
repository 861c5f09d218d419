// export/query_output.h
// How `claimgraph query` writes its answers: claim rows (graph/query.h) and a
// speaker's topics, as an aligned text table, CSV or JSON.
//
// Claim rows as a text table, for reading in a terminal:
//
//   EPISODE     TIME      SPEAKER      RELATION                MODALITY  SOURCE      CLAIM
//   2025-06-30  00:07:11  Dylan Patel  Meta acquired Scale AI  asserted  ep.txt:97   They bought Scale ...
//
// EPISODE is the episode's date, or its id without "episode:" when it has
// none; RELATION reads "subject relation object" ("Apple not uses NVIDIA" when
// negated), empty for a claim without a relation; SOURCE is file:line.
//
// Claim rows as CSV and JSON carry every field, one row or object per claim,
// in the order FindClaims returned them:
//
//   [{"claim": "claim:ep:17", "episode": "episode:ep", "episode_title": "...",
//     "date": "2025-06-30" | null, "time": "00:07:11" | null, "seconds": 431 | null,
//     "speaker": "person:dylan-patel", "speaker_name": "Dylan Patel",
//     "relation": "acquired" | null, "subject": id | null, "subject_name": ...,
//     "object": id | null, "object_name": ..., "negated": false,
//     "modality": "asserted", "label": "Meta acquired Scale AI",
//     "text": "They bought Scale ...", "source": "ep.txt", "line": 97}]
//
// CSV has the same columns in the same order; absent values are empty and
// booleans are "true"/"false".
//
// A speaker's topics (SummariseSpeaker): the text table has ENTITY, TYPE,
// MENTIONS, CLAIMS and EPISODES (how many); CSV has entity, name, type,
// mentions, claims, episodes (ids separated by spaces); JSON is
//   {"speaker": id, "speaker_name": "...", "topics": [{"entity": id,
//    "name": "...", "type": "company", "mentions": 12, "claims": 4,
//    "episodes": [ids]}]}
//
// Every function returns the whole text, ending in a newline. JSON text is
// UTF-8 (invalid bytes replaced), indented by one space, fields in the fixed
// order above, so the same rows always give the same bytes.
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_EXPORT_QUERY_OUTPUT_H_
#define CLAIMGRAPH_EXPORT_QUERY_OUTPUT_H_

#include <string>
#include <vector>

#include "export/table.h"
#include "graph/query.h"

namespace claimgraph {

// The compact table for a terminal.
Table ClaimDisplayTable(const std::vector<ClaimRow>& rows);
// Every field, for CSV.
Table ClaimFieldTable(const std::vector<ClaimRow>& rows);
std::string ClaimRowsJson(const std::vector<ClaimRow>& rows);

Table TopicTable(const std::vector<TopicRow>& rows);
Table TopicFieldTable(const std::vector<TopicRow>& rows);
std::string TopicsJson(const std::string& speaker, const std::string& speaker_name,
                       const std::vector<TopicRow>& rows);

// "00:07:11", or "" when there is no time.
std::string ClockOrEmpty(const std::optional<long long>& seconds);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_QUERY_OUTPUT_H_
