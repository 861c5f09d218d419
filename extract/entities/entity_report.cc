#include "extract/entities/entity_report.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace claimgraph {

void EntityReport::Add(const AnalyzedEpisode& analyzed) {
  std::map<std::string, const Entity*> entities;
  for (const Entity& entity : analyzed.entities) entities[entity.id] = &entity;
  for (const Mention& mention : analyzed.mentions) {
    auto entity = entities.find(mention.entity);
    if (entity == entities.end()) continue;
    auto [it, added] = rows_.try_emplace(mention.entity);
    Row& row = it->second;
    if (added) {
      row.entity = *entity->second;
      row.file = analyzed.episode.source;
      const Segment& segment = analyzed.episode.segments[mention.segment];
      row.line = segment.line;
      row.seconds = segment.seconds;
    }
    ++row.count;
    row.surfaces.insert(mention.surface);
  }
}

std::vector<EntityReport::Row> EntityReport::Rows() const {
  std::vector<Row> rows;
  for (const auto& [id, row] : rows_) rows.push_back(row);
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.count != b.count) return a.count > b.count;
    if (a.entity.name != b.entity.name) return a.entity.name < b.entity.name;
    return a.entity.id < b.entity.id;
  });
  return rows;
}

std::string EntityReport::Table() const {
  std::vector<std::vector<std::string>> cells = {
      {"ENTITY", "TYPE", "COUNT", "FIRST", "SURFACES"}};
  for (const Row& row : Rows()) {
    std::string surfaces;
    for (const std::string& s : row.surfaces) surfaces += (surfaces.empty() ? "" : "|") + s;
    cells.push_back({row.entity.name,
                     std::string(EntityTypeName(row.entity.type)) +
                         (row.entity.discovered ? "*" : ""),
                     std::to_string(row.count),
                     row.file + ":" + std::to_string(row.line), surfaces});
  }
  // Pad by characters, not bytes, so names with accents line up.
  auto width = [](const std::string& s) {
    return std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; });
  };
  std::vector<long> widths(4, 0);
  for (const auto& line : cells)
    for (size_t i = 0; i < 4; ++i) widths[i] = std::max<long>(widths[i], width(line[i]));
  std::string out;
  for (const auto& line : cells) {
    for (size_t i = 0; i < 4; ++i)
      out += line[i] + std::string(widths[i] - width(line[i]) + 2, ' ');
    out += line[4] + "\n";
  }
  return out;
}

std::string EntityReport::Json() const {
  nlohmann::ordered_json doc;
  doc["entities"] = nlohmann::ordered_json::array();
  for (const Row& row : Rows()) {
    nlohmann::ordered_json item;
    item["id"] = row.entity.id;
    item["name"] = row.entity.name;
    item["type"] = EntityTypeName(row.entity.type);
    item["discovered"] = row.entity.discovered;
    item["count"] = row.count;
    item["surfaces"] = row.surfaces;
    nlohmann::ordered_json first;
    first["file"] = row.file;
    first["line"] = row.line;
    first["seconds"] = row.seconds ? nlohmann::ordered_json(*row.seconds) : nullptr;
    item["first"] = first;
    doc["entities"].push_back(item);
  }
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace claimgraph
