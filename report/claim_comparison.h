// report/claim_comparison.h
// Which relation claims agree, and which conflict, across episodes: the
// report's comparison view.
//
// Claims are compared by what they assert: subject, relation and object
// ("Meta acquired Scale AI"); for the symmetric relations competes_with and
// partnered_with the two entities may come in either order. Questions assert
// nothing and are left out.
//
//  - An agreement: the same assertion, with the same polarity, said in at
//    least two episodes ("Meta acquired Scale AI" in ep1 and ep2; or "Apple
//    does not use NVIDIA" in both).
//  - A conflict of kind "negated": asserted in one episode and negated in
//    another ("Meta acquired Scale AI" / "Meta never acquired Scale AI").
//  - A conflict of kind "reversed": "A outperforms B" in one episode and "B
//    outperforms A" in another (both not negated).
//
//   ClaimComparison c = CompareClaims(graph);
//   for (const ClaimConflict& x : c.conflicts) ...
//
// Output order: by the first claim of each group in graph order, so the same
// graph always gives the same lists.
//
// Thread safety: reads the graph only.
#ifndef CLAIMGRAPH_REPORT_CLAIM_COMPARISON_H_
#define CLAIMGRAPH_REPORT_CLAIM_COMPARISON_H_

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace claimgraph {

struct ClaimAgreement {
  std::string subject, relation, object;  // entity ids and relation name
  bool negated = false;                   // they agree that it does not hold
  std::vector<std::string> claims;        // claim ids, graph order
  std::vector<std::string> episodes;      // episode ids, order of first claim
};

struct ClaimConflict {
  std::string kind;  // "negated" or "reversed"
  std::string subject, relation, object;  // what the `claims` side asserts
  std::vector<std::string> claims;        // assert subject-relation-object
  // "negated": claims that deny it; "reversed": claims that object
  // outperforms subject.
  std::vector<std::string> against;
};

struct ClaimComparison {
  std::vector<ClaimAgreement> agreements;
  std::vector<ClaimConflict> conflicts;
};

ClaimComparison CompareClaims(const KnowledgeGraph& graph);

// True for relations whose direction carries no meaning (competes_with,
// partnered_with).
bool IsSymmetricRelation(std::string_view relation);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_REPORT_CLAIM_COMPARISON_H_
