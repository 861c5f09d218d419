// graph/compare.h
// Questions about a graph: how two or more of its episodes differ. Which
// entities they share and which only one of them mentions; what each speaker
// said about each shared entity, episode by episode; which relation claims
// agree across episodes and which conflict; and how often each entity came
// up in each. A pure function over a const KnowledgeGraph; the `compare`
// command is a thin wrapper around it.
//
//   Comparison result;
//   Status s = CompareEpisodes(graph, {"episode:a", "episode:b"}, &result);
//
// Agreement and conflict are judged between claims of different episodes,
// on relation claims that are not questions (a question asserts nothing):
//
//   agree     the same relation between the same subject and object, with the
//             same polarity, in two or more episodes;
//   negation  the same relation between the same subject and object, asserted
//             in one episode and negated in another;
//   opposite  `outperforms` in one direction in one episode and in the other
//             direction in another (both asserted, not negated).
//
// `competes_with` and `partnered_with` are symmetric: "A competes with B" and
// "B competes with A" are the same claim. Hedged, reported and predicted
// claims take part; their modality is kept on each statement so a reader can
// weigh them.
//
// Thread safety: reads the graph only; calls may run concurrently.
#ifndef CLAIMGRAPH_GRAPH_COMPARE_H_
#define CLAIMGRAPH_GRAPH_COMPARE_H_

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// One claim, as compare shows it.
struct Statement {
  std::string claim;     // claim id
  size_t episode = 0;    // index into Comparison::episodes
  std::string speaker, speaker_label;
  std::optional<long long> seconds;
  int line = 0;
  std::string relation;  // may be empty
  std::string subject, object;
  bool negated = false;
  std::string modality;
  std::string label;     // "Meta acquired Scale AI"
  std::string text;
};

struct Comparison {
  struct Episode {
    std::string id, title, date, source;
  };
  // How often one entity came up in each episode.
  struct EntityCounts {
    std::string id, label;
    NodeType type = NodeType::kCompany;
    std::vector<long long> mentions;  // per episode, in Comparison order
    long long total = 0;
  };
  // An entity that two or more of the episodes mention, and every claim
  // about it in them, by episode, then speaker (in order of first turn),
  // then time.
  struct SharedEntity {
    std::string id, label;
    std::vector<Statement> statements;
  };
  // Claims that agree or conflict, with the statements of every side.
  struct Finding {
    std::string kind;       // "agree", "negation" or "opposite"
    std::string relation;
    std::string subject, subject_label, object, object_label;
    std::vector<Statement> statements;  // by episode, then time
  };

  std::vector<Episode> episodes;
  // Every entity mentioned in any of them: most mentions first, then label.
  std::vector<EntityCounts> entities;
  std::vector<std::string> common;               // ids in every episode
  std::vector<std::vector<std::string>> unique;  // per episode: ids only there
  std::vector<SharedEntity> shared;              // ordered as `entities`
  std::vector<Finding> agreements;  // by relation, subject label, object label
  std::vector<Finding> conflicts;   // likewise
};

// Compares `episodes` (ids; at least two, each in the graph, no repeats) in
// the order given. An entity is "in" an episode when a speaker mentions it
// there or a claim there is about it. Errors: fewer than two episodes, an id
// the graph lacks, or the same episode twice. On error `*result` is unchanged.
Status CompareEpisodes(const KnowledgeGraph& graph,
                       const std::vector<std::string>& episodes,
                       Comparison* result);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_COMPARE_H_
