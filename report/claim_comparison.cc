#include "report/claim_comparison.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace claimgraph {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // s, r, o

struct Group {
  size_t first = 0;  // position of the group's first claim, for output order
  std::vector<const NodeData*> asserted;
  std::vector<const NodeData*> negated;
};

std::vector<std::string> Ids(const std::vector<const NodeData*>& claims) {
  std::vector<std::string> ids;
  for (const NodeData* claim : claims) ids.push_back(claim->id.str());
  return ids;
}

std::vector<std::string> Episodes(const std::vector<const NodeData*>& claims) {
  std::vector<std::string> episodes;
  for (const NodeData* claim : claims) {
    if (std::find(episodes.begin(), episodes.end(), claim->episode) == episodes.end())
      episodes.push_back(claim->episode.str());
  }
  return episodes;
}

// True when some claim of `a` and some claim of `b` come from different
// episodes: only then is it a disagreement across episodes.
bool AcrossEpisodes(const std::vector<const NodeData*>& a,
                    const std::vector<const NodeData*>& b) {
  for (const NodeData* x : a)
    for (const NodeData* y : b)
      if (x->episode != y->episode) return true;
  return false;
}

}  // namespace

bool IsSymmetricRelation(std::string_view relation) {
  return relation == "competes_with" || relation == "partnered_with";
}

ClaimComparison CompareClaims(const KnowledgeGraph& graph) {
  const KnowledgeGraph::Graph& g = graph.graph();
  std::map<Key, Group> groups;
  size_t position = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& node = g[v];
    if (node.type != NodeType::kClaim || node.relation.empty() ||
        node.subject.empty() || node.object.empty() || node.modality == "question")
      continue;
    Key key(node.subject, node.relation, node.object);
    if (IsSymmetricRelation(node.relation) && node.object < node.subject)
      key = Key(node.object, node.relation, node.subject);
    auto [it, added] = groups.try_emplace(key);
    if (added) it->second.first = position;
    (node.negated ? it->second.negated : it->second.asserted).push_back(&node);
    ++position;
  }

  std::vector<std::pair<size_t, ClaimAgreement>> agreements;
  std::vector<std::pair<size_t, ClaimConflict>> conflicts;
  std::set<Key> reversed_done;
  for (const auto& [key, group] : groups) {
    const auto& [subject, relation, object] = key;
    for (bool negated : {false, true}) {
      const auto& claims = negated ? group.negated : group.asserted;
      std::vector<std::string> episodes = Episodes(claims);
      if (episodes.size() < 2) continue;
      agreements.push_back({group.first, ClaimAgreement{subject, relation, object,
                                                        negated, Ids(claims),
                                                        std::move(episodes)}});
    }
    if (!group.asserted.empty() && AcrossEpisodes(group.asserted, group.negated)) {
      conflicts.push_back({group.first, ClaimConflict{"negated", subject, relation,
                                                      object, Ids(group.asserted),
                                                      Ids(group.negated)}});
    }
    if (relation == "outperforms" && !group.asserted.empty() &&
        !reversed_done.count(key)) {
      Key reverse(object, relation, subject);
      auto other = groups.find(reverse);
      if (other != groups.end() &&
          AcrossEpisodes(group.asserted, other->second.asserted)) {
        reversed_done.insert(reverse);
        // Told from the side said first.
        bool this_first = group.first < other->second.first;
        const Group& first = this_first ? group : other->second;
        const Group& second = this_first ? other->second : group;
        const Key& first_key = this_first ? key : reverse;
        conflicts.push_back(
            {first.first,
             ClaimConflict{"reversed", std::get<0>(first_key), relation,
                           std::get<2>(first_key), Ids(first.asserted),
                           Ids(second.asserted)}});
      }
    }
  }
  auto by_position = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(agreements.begin(), agreements.end(), by_position);
  std::stable_sort(conflicts.begin(), conflicts.end(), by_position);
  ClaimComparison out;
  for (auto& [_, a] : agreements) out.agreements.push_back(std::move(a));
  for (auto& [_, c] : conflicts) out.conflicts.push_back(std::move(c));
  return out;
}

}  // namespace claimgraph
