#include "export/claims_jsonl_writer.h"

#include <nlohmann/json.hpp>
#include <string_view>

#include "base/atomic_file.h"
#include "base/string_map.h"
#include "base/text.h"
#include "export/text_escape.h"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(std::string_view text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

}  // namespace

std::string ToClaimsJsonl(const KnowledgeGraph& graph) {
  const KnowledgeGraph::Graph& g = graph.graph();
  StringMap<const EpisodeRecord*> episodes;
  for (const EpisodeRecord& episode : graph.episodes()) episodes[episode.id.str()] = &episode;
  auto label_of = [&](std::string_view id) -> Json {
    if (id.empty()) return nullptr;
    std::optional<KnowledgeGraph::Vertex> v = graph.Find(id);
    return v ? graph.node(*v).label.view() : id;
  };

  std::string out;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& claim = g[v];
    if (claim.type != NodeType::kClaim) continue;
    auto episode = episodes.find(claim.episode.view());
    const EpisodeRecord* record = episode == episodes.end() ? nullptr : episode->second;
    Json row;
    row["id"] = claim.id;
    row["episode"] = claim.episode;
    row["date"] = record ? OrNull(record->date) : Json(nullptr);
    row["speaker"] = claim.claim_speaker;
    row["speaker_label"] = label_of(claim.claim_speaker);
    row["time"] = claim.seconds ? Json(FormatClock(*claim.seconds)) : Json(nullptr);
    row["seconds"] = claim.seconds ? Json(*claim.seconds) : Json(nullptr);
    row["relation"] = OrNull(claim.relation);
    row["subject"] = OrNull(claim.subject);
    row["subject_label"] = label_of(claim.subject);
    row["object"] = OrNull(claim.object);
    row["object_label"] = label_of(claim.object);
    row["modality"] = claim.modality;
    row["negated"] = claim.negated;
    row["text"] = claim.text;
    row["about"] = claim.about;
    std::string file(record ? record->source.view() : claim.episode.view());
    row["source"] = file + ":" + std::to_string(claim.line);
    row["line"] = claim.line;
    out += row.dump(-1, ' ', false, Json::error_handler_t::replace);
    out += '\n';
  }
  return EscapeJsonLineSeparators(out);
}

Status WriteClaimsJsonl(const KnowledgeGraph& graph, const std::string& path) {
  return WriteFileAtomically(path, ToClaimsJsonl(graph));
}

}  // namespace claimgraph
