#include "export/stats_output.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "export/table.h"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;

std::string Percent(double share) {
  // Rounded to one decimal by integer arithmetic, so the text does not
  // depend on how a platform prints doubles.
  long long tenths = std::llround(share * 1000);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

// Rounded to four decimals, so the JSON does not carry float noise.
double Round4(double share) { return std::round(share * 10000) / 10000; }

std::string SlugOf(const std::string& id) {
  size_t colon = id.find(':');
  return colon == std::string::npos ? id : id.substr(colon + 1);
}

}  // namespace

std::string StatsText(const GraphStats& stats, size_t width) {
  long long nodes = 0, edges = 0;
  for (const auto& c : stats.nodes) nodes += c.count;
  for (const auto& c : stats.edges) edges += c.count;
  std::string out = std::to_string(stats.episodes) +
                    (stats.episodes == 1 ? " episode, " : " episodes, ") +
                    std::to_string(nodes) + " nodes, " + std::to_string(edges) +
                    " edges\n";
  TextTableOptions options{.width = width, .wrappable = {0}};

  Table node_table{{"NODE TYPE", "COUNT"}, {}};
  for (const auto& c : stats.nodes)
    node_table.rows.push_back({c.name, std::to_string(c.count)});
  out += "\n";
  out += FormatTextTable(node_table, options);

  Table edge_table{{"EDGE TYPE", "COUNT"}, {}};
  for (const auto& c : stats.edges)
    edge_table.rows.push_back({c.name, std::to_string(c.count)});
  out += "\n";
  out += FormatTextTable(edge_table, options);

  Table top{{"ENTITY", "TYPE", "MENTIONS", "EPISODES"}, {}};
  for (const auto& e : stats.top_entities) {
    top.rows.push_back({e.label, std::string(NodeTypeName(e.type)),
                        std::to_string(e.mentions), std::to_string(e.episodes)});
  }
  out += "\n";
  out += FormatTextTable(top, options);

  Table speakers{{"EPISODE", "SPEAKER", "TURNS", "TURN SHARE", "WORDS", "WORD SHARE"},
                 {}};
  for (const auto& s : stats.speakers) {
    speakers.rows.push_back({SlugOf(s.episode), s.label, std::to_string(s.turns),
                             Percent(s.turn_share), std::to_string(s.words),
                             Percent(s.word_share)});
  }
  out += "\n";
  out += FormatTextTable(speakers, options);
  return out;
}

std::string StatsJson(const GraphStats& stats) {
  Json doc;
  doc["episodes"] = stats.episodes;
  Json nodes = Json::object();
  for (const auto& c : stats.nodes) nodes[c.name] = c.count;
  doc["nodes"] = std::move(nodes);
  Json edges = Json::object();
  for (const auto& c : stats.edges) edges[c.name] = c.count;
  doc["edges"] = std::move(edges);
  Json top = Json::array();
  for (const auto& e : stats.top_entities) {
    top.push_back({{"id", e.id},
                   {"name", e.label},
                   {"type", NodeTypeName(e.type)},
                   {"mentions", e.mentions},
                   {"episodes", e.episodes}});
  }
  doc["top_entities"] = std::move(top);
  Json speakers = Json::array();
  for (const auto& s : stats.speakers) {
    speakers.push_back({{"episode", s.episode},
                        {"speaker", s.speaker},
                        {"speaker_name", s.label},
                        {"turns", s.turns},
                        {"segments", s.segments},
                        {"words", s.words},
                        {"turn_share", Round4(s.turn_share)},
                        {"word_share", Round4(s.word_share)}});
  }
  doc["speakers"] = std::move(speakers);
  return doc.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace claimgraph
