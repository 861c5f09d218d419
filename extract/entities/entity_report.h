// extract/entities/entity_report.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// "Why did claimgraph find this?": a listing of the entities found in one or
// more episodes, each with its type, how often it was mentioned, the surface
// forms it was mentioned by, and the first file:line where it was found. The
// `claimgraph entities` command prints it.
//
//   EntityReport report;
//   report.Add(analyzed);                  // once per episode, in file order
//   std::string table = report.Table();    // or report.Json()
//
// Table columns: ENTITY (the canonical name), TYPE, COUNT, FIRST (file:line),
// SURFACES (as said, "|"-separated). A discovered entity (not in the
// gazetteer) has "*" after its type. The JSON form, documented here:
//
//   {"entities": [{"id": "company:openai", "name": "OpenAI", "type": "company",
//                  "discovered": false, "count": 41,
//                  "surfaces": ["Open AI", "OpenAI", "OpenAI's"],
//                  "first": {"file": "ep.txt", "line": 12, "seconds": 0}}]}
//
// Rows are ordered by count (highest first), then by name, then by id, so the
// same input gives the same output.
//
// Thread safety: not thread-safe; one report per thread.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_REPORT_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_REPORT_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/analyzed_episode.h"

namespace claimgraph {

class EntityReport {
 public:
  struct Row {
    Entity entity;
    long long count = 0;
    std::set<std::string> surfaces;
    std::string file;  // where it was first found
    int line = 0;
    std::optional<long long> seconds;
  };

  // Adds every mention of `analyzed`.
  void Add(const AnalyzedEpisode& analyzed);

  // The rows in report order.
  std::vector<Row> Rows() const;

  std::string Table() const;
  std::string Json() const;

 private:
  std::map<std::string, Row> rows_;  // by entity id
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_REPORT_H_
