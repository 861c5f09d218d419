// graph/query.h
// Questions about a graph: which claims match a set of filters, and what a
// speaker talked about most. Pure functions over a const KnowledgeGraph; the
// `query` command is a thin wrapper around them.
//
// A ClaimQuery holds ids, not names: resolve what the user typed with a
// NameIndex first (graph/name_index.h). Every filter left empty lets every
// claim through; filters combine with AND; the values of one filter combine
// with OR (two --speaker values: claims by either).
//
//   ClaimQuery query;
//   query.about = {"company:meta"};
//   query.modalities = {"asserted"};
//   query.since_seconds = 600;                  // 10:00 into the episode
//   std::vector<ClaimRow> rows = FindClaims(graph, query);
//
// Time: `since_seconds`/`until_seconds` bound the time in the episode, both
// inclusive; a claim without a time (untimed layouts) never passes them.
// `since_date`/`until_date` ("YYYY-MM-DD", inclusive) bound the episode's
// date; an episode without a date never passes them.
//
// Thread safety: reads the graph only; calls may run concurrently.
#ifndef CLAIMGRAPH_GRAPH_QUERY_H_
#define CLAIMGRAPH_GRAPH_QUERY_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

struct ClaimQuery {
  std::vector<std::string> speakers;    // person ids: claims said by one of them
  std::vector<std::string> about;       // entity ids: claims about one of them
  std::vector<std::string> relations;   // relation names, e.g. "acquired"
  std::vector<std::string> episodes;    // episode ids
  std::vector<std::string> modalities;  // "asserted", "hedged", ...
  // Claims about both entities, as subject, object or mention, either way.
  std::optional<std::pair<std::string, std::string>> between;
  std::optional<long long> since_seconds, until_seconds;
  std::string since_date, until_date;   // "YYYY-MM-DD"; empty: no bound
};

// One matching claim, with everything a table row shows; labels are filled
// in so that formatting needs no graph.
struct ClaimRow {
  std::string claim;                  // claim id
  std::string episode;                // episode id
  std::string episode_title, date;    // date may be empty
  std::string source;                 // the transcript file, as given to build
  std::optional<long long> seconds;   // into the episode; nullopt when untimed
  int line = 0;                       // the segment's first line in `source`
  std::string speaker, speaker_label;
  std::string relation;               // empty for a claim without a relation
  std::string subject, subject_label, object, object_label;
  bool negated = false;
  std::string modality;
  std::string label;                  // "Meta acquired Scale AI"
  std::string text;                   // the sentence as said
};

// Every claim that passes every filter, in graph order (the order episodes
// were built in, then the order claims were said). Cannot fail: filters that
// name ids the graph lacks simply match nothing.
std::vector<ClaimRow> FindClaims(const KnowledgeGraph& graph,
                                 const ClaimQuery& query);

// What a speaker talked about: one row per entity they mentioned or made a
// claim about.
struct TopicRow {
  std::string entity, label;
  NodeType type = NodeType::kCompany;
  long long mentions = 0;  // segments of theirs that mention the entity
  long long claims = 0;    // claims of theirs about the entity
  std::vector<std::string> episodes;  // episode ids where either happened
};

// The entities `speaker` (a person id) talked about, most mentioned first
// (then most claims, then label). Honours the episode, date and time filters
// of `scope` (and its modality and relation filters, for the claim counts);
// ignores its speaker, about and between filters. At most `limit` rows when
// `limit` > 0.
std::vector<TopicRow> SummariseSpeaker(const KnowledgeGraph& graph,
                                       const std::string& speaker,
                                       const ClaimQuery& scope, size_t limit = 0);

// The relation names of the JSON contract (docs/relations.md), in its order.
const std::vector<std::string>& KnownRelations();

// Checks a relation name typed by the user ("tried-to-acquire" is taken as
// "tried_to_acquire") against KnownRelations() and the relations `graph`
// holds; writes the canonical name. Errors suggest the nearest names.
Status ResolveRelation(const KnowledgeGraph& graph, std::string_view name,
                       std::string* relation);

// Checks a modality name; errors list the five names.
Status ResolveModality(std::string_view name, std::string* modality);

// Parses a --since/--until value: a clock time into the episode ("10:00",
// "1:02:03", "90") or a date ("2025-06-30"). Exactly one of `seconds` and
// `date` is set on success. `flag` names the option in errors.
Status ParseTimeBound(std::string_view flag, std::string_view text,
                      std::optional<long long>* seconds, std::string* date);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_QUERY_H_
