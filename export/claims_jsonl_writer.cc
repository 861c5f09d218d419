#include "export/claims_jsonl_writer.h"

#include <string_view>

#include "base/atomic_file.h"
#include "base/string_map.h"
#include "base/text.h"
#include "export/json_stream.h"

namespace claimgraph {
namespace {

// One line per claim, in graph order.
void WriteClaims(const KnowledgeGraph& graph, JsonStream& out) {
  const KnowledgeGraph::Graph& g = graph.graph();
  StringMap<const EpisodeRecord*> episodes;
  for (const EpisodeRecord& episode : graph.episodes()) episodes[episode.id.str()] = &episode;
  // An id's node label; the id itself when no node has it; null for none.
  auto label_of = [&](std::string_view id) {
    if (id.empty()) return out.Null();
    std::optional<KnowledgeGraph::Vertex> v = graph.Find(id);
    out.String(v ? graph.node(*v).label.view() : id);
  };
  std::string source;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& claim = g[v];
    if (claim.type != NodeType::kClaim) continue;
    auto episode = episodes.find(claim.episode.view());
    const EpisodeRecord* record = episode == episodes.end() ? nullptr : episode->second;
    out.BeginObject();
    out.Key("id"); out.String(claim.id);
    out.Key("episode"); out.String(claim.episode);
    out.Key("date"); out.StringOrNull(record ? record->date.view() : std::string_view());
    out.Key("speaker"); out.String(claim.claim_speaker);
    out.Key("speaker_label"); label_of(claim.claim_speaker);
    out.Key("time"); ClockOrNull(out, claim.seconds);
    out.Key("seconds"); out.IntOrNull(claim.seconds);
    out.Key("relation"); out.StringOrNull(claim.relation);
    out.Key("subject"); out.StringOrNull(claim.subject);
    out.Key("subject_label"); label_of(claim.subject);
    out.Key("object"); out.StringOrNull(claim.object);
    out.Key("object_label"); label_of(claim.object);
    out.Key("modality"); out.String(claim.modality);
    out.Key("negated"); out.Bool(claim.negated);
    out.Key("text"); out.String(claim.text);
    out.Key("about"); out.Strings({claim.about.begin(), claim.about.end()});
    source.assign(record ? record->source.view() : claim.episode.view());
    source += ':';
    source += std::to_string(claim.line);
    out.Key("source"); out.String(source);
    out.Key("line"); out.Int(claim.line);
    out.EndObject();
  }
  out.Finish();
}

}  // namespace

std::string ToClaimsJsonl(const KnowledgeGraph& graph) {
  JsonStream out(nullptr, JsonLayout::kLines);
  WriteClaims(graph, out);
  return out.TakeText();
}

Status WriteClaimsJsonl(const KnowledgeGraph& graph, const std::string& path) {
  AtomicFileWriter file(path);
  if (!file.status().ok()) return file.status();
  JsonStream out(&file.stream(), JsonLayout::kLines);
  WriteClaims(graph, out);
  return file.Commit();
}

}  // namespace claimgraph
