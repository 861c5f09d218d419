#include "export/json_writer.h"

#include <nlohmann/json.hpp>

#include "base/atomic_file.h"
#include "base/text.h"
#include "base/version.h"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;

Json Seconds(const std::optional<long long>& seconds) {
  return seconds ? Json(*seconds) : Json(nullptr);
}

Json Clock(const std::optional<long long>& seconds) {
  return seconds ? Json(FormatClock(*seconds)) : Json(nullptr);
}

Json OrNull(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json EpisodeJson(const EpisodeRecord& episode) {
  Json out;
  out["id"] = episode.id;
  out["title"] = episode.title;
  out["date"] = OrNull(episode.date);
  out["source"] = episode.source;
  out["layout"] = episode.layout;
  out["speakers"] = episode.speakers;
  Json chapters = Json::array();
  for (const Chapter& chapter : episode.chapters) {
    chapters.push_back({{"title", chapter.title},
                        {"seconds", Seconds(chapter.seconds)},
                        {"time", Clock(chapter.seconds)},
                        {"line", chapter.line},
                        {"summary", chapter.summary}});
  }
  out["chapters"] = std::move(chapters);
  Json turns = Json::array();
  for (const EpisodeRecord::Turn& turn : episode.turns) {
    turns.push_back({{"speaker", turn.speaker},
                     {"seconds", Seconds(turn.seconds)},
                     {"time", Clock(turn.seconds)},
                     {"line", turn.line},
                     {"words", turn.words}});
  }
  out["turns"] = std::move(turns);
  return out;
}

Json NodeJson(const NodeData& node) {
  Json out;
  out["id"] = node.id;
  out["type"] = NodeTypeName(node.type);
  out["label"] = node.label;
  switch (node.type) {
    case NodeType::kEpisode:
      out["title"] = node.title;
      out["date"] = OrNull(node.date);
      out["source"] = node.source;
      break;
    case NodeType::kClaim:
      out["text"] = node.text;
      out["speaker"] = node.claim_speaker;
      out["episode"] = node.episode;
      out["seconds"] = Seconds(node.seconds);
      out["time"] = Clock(node.seconds);
      out["line"] = node.line;
      out["relation"] = OrNull(node.relation);
      out["subject"] = OrNull(node.subject);
      out["object"] = OrNull(node.object);
      out["about"] = node.about;
      out["modality"] = node.modality;
      out["negated"] = node.negated;
      break;
    default:
      out["aliases"] = node.aliases;
      out["mentions"] = node.mentions;
      out["episodes"] = node.episodes;
      if (node.speaker) out["speaker"] = true;
      if (!node.kind.empty()) out["kind"] = node.kind;
      if (!node.homepage.empty()) out["homepage"] = node.homepage;
      if (!node.wikidata.empty()) out["wikidata"] = node.wikidata;
      break;
  }
  return out;
}

Json EdgeJson(const KnowledgeGraph::Graph& g, KnowledgeGraph::Edge e) {
  const EdgeData& edge = g[e];
  Json out;
  out["source"] = g[boost::source(e, g)].id;
  out["target"] = g[boost::target(e, g)].id;
  out["type"] = edge.type;
  out["key"] = edge.key;
  if (edge.type == "appears_in") return out;
  if (edge.type == "about") {
    out["role"] = edge.role;
    return out;
  }
  out["episode"] = edge.episode;
  out["seconds"] = Seconds(edge.seconds);
  out["time"] = Clock(edge.seconds);
  out["line"] = edge.line;
  if (!edge.claim.empty()) {
    out["claim"] = edge.claim;
    out["speaker"] = edge.speaker;
    out["modality"] = edge.modality;
    out["negated"] = edge.negated;
  }
  return out;
}

}  // namespace

std::string ToJson(const KnowledgeGraph& graph) {
  const KnowledgeGraph::Graph& g = graph.graph();
  Json doc;
  doc["format"] = "claimgraph-json";
  doc["version"] = 1;
  doc["directed"] = true;
  doc["multigraph"] = true;
  doc["graph"] = {{"generator", std::string("claimgraph ") + kVersion}};
  Json episodes = Json::array();
  for (const EpisodeRecord& episode : graph.episodes())
    episodes.push_back(EpisodeJson(episode));
  doc["episodes"] = std::move(episodes);
  Json nodes = Json::array();
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    nodes.push_back(NodeJson(g[v]));
  doc["nodes"] = std::move(nodes);
  Json edges = Json::array();
  // Edges in the order they were added: out_edges per vertex would group them
  // by source instead, so walk the global edge list.
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    edges.push_back(EdgeJson(g, e));
  doc["edges"] = std::move(edges);
  // Replace invalid UTF-8 rather than fail: readers repair it before this.
  return doc.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

Status WriteJson(const KnowledgeGraph& graph, const std::string& path) {
  return WriteFileAtomically(path, ToJson(graph));
}

}  // namespace claimgraph
