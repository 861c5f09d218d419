#include "export/query_output.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/text.h"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

std::string SlugOf(const std::string& id) {
  size_t colon = id.find(':');
  return colon == std::string::npos ? id : id.substr(colon + 1);
}

std::string Dump(const Json& doc) {
  return doc.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

// The relation as the table shows it; the claim's label already reads so.
std::string RelationCell(const ClaimRow& row) {
  if (row.relation.empty()) return "";
  std::string relation = row.relation;
  std::replace(relation.begin(), relation.end(), '_', ' ');
  return row.subject_label + (row.negated ? " not " : " ") + relation + " " +
         row.object_label;
}

}  // namespace

std::string ClockOrEmpty(const std::optional<long long>& seconds) {
  return seconds ? FormatClock(*seconds) : "";
}

Table ClaimDisplayTable(const std::vector<ClaimRow>& rows) {
  Table table;
  table.columns = {"EPISODE", "TIME", "SPEAKER", "RELATION", "MODALITY", "SOURCE",
                   "CLAIM"};
  for (const ClaimRow& row : rows) {
    table.rows.push_back({row.date.empty() ? SlugOf(row.episode) : row.date,
                          ClockOrEmpty(row.seconds), row.speaker_label,
                          RelationCell(row), row.modality,
                          row.source + ":" + std::to_string(row.line), row.text});
  }
  return table;
}

Table ClaimFieldTable(const std::vector<ClaimRow>& rows) {
  Table table;
  table.columns = {"claim",   "episode",      "episode_title", "date",
                   "time",    "seconds",      "speaker",       "speaker_name",
                   "relation", "subject",     "subject_name",  "object",
                   "object_name", "negated",  "modality",      "label",
                   "text",    "source",       "line"};
  for (const ClaimRow& row : rows) {
    table.rows.push_back(
        {row.claim, row.episode, row.episode_title, row.date,
         ClockOrEmpty(row.seconds), row.seconds ? std::to_string(*row.seconds) : "",
         row.speaker, row.speaker_label, row.relation, row.subject,
         row.relation.empty() ? "" : row.subject_label, row.object,
         row.relation.empty() ? "" : row.object_label,
         row.negated ? "true" : "false", row.modality, row.label, row.text,
         row.source, std::to_string(row.line)});
  }
  return table;
}

std::string ClaimRowsJson(const std::vector<ClaimRow>& rows) {
  Json doc = Json::array();
  for (const ClaimRow& row : rows) {
    Json out;
    out["claim"] = row.claim;
    out["episode"] = row.episode;
    out["episode_title"] = row.episode_title;
    out["date"] = OrNull(row.date);
    out["time"] = row.seconds ? Json(FormatClock(*row.seconds)) : Json(nullptr);
    out["seconds"] = row.seconds ? Json(*row.seconds) : Json(nullptr);
    out["speaker"] = row.speaker;
    out["speaker_name"] = row.speaker_label;
    out["relation"] = OrNull(row.relation);
    out["subject"] = OrNull(row.subject);
    out["subject_name"] = row.subject.empty() ? Json(nullptr) : Json(row.subject_label);
    out["object"] = OrNull(row.object);
    out["object_name"] = row.object.empty() ? Json(nullptr) : Json(row.object_label);
    out["negated"] = row.negated;
    out["modality"] = row.modality;
    out["label"] = row.label;
    out["text"] = row.text;
    out["source"] = row.source;
    out["line"] = row.line;
    doc.push_back(std::move(out));
  }
  return Dump(doc);
}

Table TopicTable(const std::vector<TopicRow>& rows) {
  Table table;
  table.columns = {"ENTITY", "TYPE", "MENTIONS", "CLAIMS", "EPISODES"};
  for (const TopicRow& row : rows) {
    table.rows.push_back({row.label, std::string(NodeTypeName(row.type)),
                          std::to_string(row.mentions), std::to_string(row.claims),
                          std::to_string(row.episodes.size())});
  }
  return table;
}

Table TopicFieldTable(const std::vector<TopicRow>& rows) {
  Table table;
  table.columns = {"entity", "name", "type", "mentions", "claims", "episodes"};
  for (const TopicRow& row : rows) {
    std::string episodes;
    for (const std::string& e : row.episodes) episodes += (episodes.empty() ? "" : " ") + e;
    table.rows.push_back({row.entity, row.label, std::string(NodeTypeName(row.type)),
                          std::to_string(row.mentions), std::to_string(row.claims),
                          episodes});
  }
  return table;
}

std::string TopicsJson(const std::string& speaker, const std::string& speaker_name,
                       const std::vector<TopicRow>& rows) {
  Json doc;
  doc["speaker"] = speaker;
  doc["speaker_name"] = speaker_name;
  Json topics = Json::array();
  for (const TopicRow& row : rows) {
    topics.push_back({{"entity", row.entity},
                      {"name", row.label},
                      {"type", NodeTypeName(row.type)},
                      {"mentions", row.mentions},
                      {"claims", row.claims},
                      {"episodes", row.episodes}});
  }
  doc["topics"] = std::move(topics);
  return Dump(doc);
}

}  // namespace claimgraph
