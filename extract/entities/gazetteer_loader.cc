#include "extract/entities/gazetteer_loader.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <vector>

#include "base/atomic_file.h"
#include "base/json_parse.h"
#include "base/text.h"
#include "extract/entities/json_positions.h"

namespace claimgraph {
namespace {

using nlohmann::json;

std::optional<CaseRule> ParseCaseRule(std::string_view text) {
  if (text == "any" || text == "lower") return CaseRule::kAny;
  if (text == "title") return CaseRule::kTitle;
  if (text == "exact") return CaseRule::kExact;
  return std::nullopt;
}

// Turns one file into entities, or the first error with its position.
class FileParser {
 public:
  FileParser(std::string_view content, const std::string& source)
      : content_(content), source_(source) {}

  Status Parse(std::vector<Entity>* out) {
    json doc;
    if (std::optional<JsonParseFailure> bad = ParseJson(content_, &doc))
      return ErrorAt(bad->offset, "bad JSON: " + bad->reason);
    positions_.emplace(content_);
    if (!doc.is_object()) return ErrorAtPath("", "expected an object with \"entities\"");
    for (const auto& [key, value] : doc.items()) {
      if (key != "entities" && key.rfind('_', 0) != 0 && key != "$schema" &&
          key != "description")
        return ErrorAtKey("/" + key, "unknown field " + QuoteForMessage(key));
    }
    auto entities = doc.find("entities");
    if (entities == doc.end() || !entities->is_array())
      return ErrorAtPath("", "expected an \"entities\" array");
    std::unordered_map<std::string, size_t> first_seen;  // id -> array index
    for (size_t i = 0; i < entities->size(); ++i) {
      Entity entity;
      std::string path = "/entities/" + std::to_string(i);
      Status s = ParseEntity((*entities)[i], path, &entity);
      if (!s.ok()) return s;
      auto [it, inserted] = first_seen.emplace(entity.id, i);
      if (!inserted) {
        LineColumn first = LineColumnAt(
            content_, positions_->ValueAt("/entities/" + std::to_string(it->second)));
        return ErrorAtPath(path, "duplicate id " + QuoteForMessage(entity.id) +
                                     " (first at line " +
                                     std::to_string(first.line) + ")");
      }
      out->push_back(std::move(entity));
    }
    return Status::Ok();
  }

 private:
  Status ErrorAt(size_t offset, std::string message) const {
    LineColumn lc = LineColumnAt(content_, offset);
    return Status::Error(source_, lc.line, std::move(message), lc.column);
  }
  Status ErrorAtPath(const std::string& path, std::string message) const {
    return ErrorAt(positions_->ValueAt(path), std::move(message));
  }
  Status ErrorAtKey(const std::string& path, std::string message) const {
    return ErrorAt(positions_->KeyAt(path), std::move(message));
  }

  // A string member, or an error when present with another type.
  Status OptionalString(const json& object, const std::string& path,
                        const char* key, std::string* out) const {
    auto it = object.find(key);
    if (it == object.end()) return Status::Ok();
    if (!it->is_string())
      return ErrorAtPath(path + "/" + key,
                         std::string("\"") + key + "\" must be a string");
    *out = it->get<std::string>();
    return Status::Ok();
  }

  Status ParseCase(const json& value, const std::string& path, CaseRule* out,
                   bool* lower_safe) const {
    if (!value.is_string())
      return ErrorAtPath(path, "\"case\" must be a string");
    std::optional<CaseRule> rule = ParseCaseRule(value.get<std::string>());
    if (!rule)
      return ErrorAtPath(path, "bad case " + QuoteForMessage(value.get<std::string>()) +
                                   " (expected any, lower, title or exact)");
    *out = *rule;
    *lower_safe = value.get<std::string>() == "lower";
    return Status::Ok();
  }

  Status ParseEntity(const json& value, const std::string& path, Entity* entity) {
    if (!value.is_object())
      return ErrorAtPath(path, "an entity must be an object");
    static const char* const kFields[] = {"name", "type", "id", "aliases",
                                          "case", "kind", "homepage",
                                          "wikidata", "org", "maker"};
    for (const auto& [key, member] : value.items()) {
      if (key.rfind('_', 0) == 0) continue;  // "_note": comments for editors
      if (std::find(std::begin(kFields), std::end(kFields), key) == std::end(kFields))
        return ErrorAtKey(path + "/" + key, "unknown field " + QuoteForMessage(key));
    }
    auto name = value.find("name");
    if (name == value.end()) return ErrorAtPath(path, "entity without a \"name\"");
    if (!name->is_string() || IsBlank(name->get<std::string>()))
      return ErrorAtPath(path + "/name", "\"name\" must be a non-empty string");
    entity->name = std::string(Trim(name->get<std::string>()));
    auto type = value.find("type");
    if (type == value.end())
      return ErrorAtPath(path, "entity " + QuoteForMessage(entity->name) +
                                   " without a \"type\"");
    std::optional<EntityType> parsed_type;
    if (type->is_string()) parsed_type = ParseEntityType(type->get<std::string>());
    if (!parsed_type)
      return ErrorAtPath(path + "/type",
                         "unknown type " +
                             QuoteForMessage(type->is_string() ? type->get<std::string>()
                                                               : type->dump()) +
                             " (expected person, company, model or product)");
    entity->type = *parsed_type;
    Status s = OptionalString(value, path, "id", &entity->id);
    if (!s.ok()) return s;
    if (entity->id.empty()) {
      entity->id = MakeId(EntityTypeName(entity->type), entity->name);
    } else if (entity->id.find(':') == std::string::npos) {
      return ErrorAtPath(path + "/id", "bad id " + QuoteForMessage(entity->id) +
                                           " (expected TYPE:slug)");
    }
    for (const char* key : {"kind", "homepage", "wikidata", "org", "maker"}) {
      std::string* field = key == std::string_view("kind")       ? &entity->kind
                           : key == std::string_view("homepage") ? &entity->homepage
                           : key == std::string_view("wikidata") ? &entity->wikidata
                           : key == std::string_view("org")      ? &entity->org
                                                                 : &entity->maker;
      s = OptionalString(value, path, key, field);
      if (!s.ok()) return s;
    }
    if (auto c = value.find("case"); c != value.end()) {
      s = ParseCase(*c, path + "/case", &entity->name_case, &entity->name_lower_safe);
      if (!s.ok()) return s;
    }
    auto aliases = value.find("aliases");
    if (aliases == value.end()) return Status::Ok();
    if (!aliases->is_array())
      return ErrorAtPath(path + "/aliases", "\"aliases\" must be an array");
    for (size_t i = 0; i < aliases->size(); ++i) {
      Alias alias;
      alias.case_rule = entity->name_case;
      alias.lower_safe = entity->name_lower_safe;
      s = ParseAlias((*aliases)[i], path + "/aliases/" + std::to_string(i), &alias);
      if (!s.ok()) return s;
      entity->aliases.push_back(std::move(alias));
    }
    return Status::Ok();
  }

  Status ParseAlias(const json& value, const std::string& path, Alias* alias) {
    if (value.is_string()) {
      alias->text = std::string(Trim(value.get<std::string>()));
      if (alias->text.empty()) return ErrorAtPath(path, "empty alias");
      return Status::Ok();
    }
    if (!value.is_object())
      return ErrorAtPath(path, "an alias must be a string or an object with \"text\"");
    for (const auto& [key, member] : value.items()) {
      if (key != "text" && key != "case" && key != "context")
        return ErrorAtKey(path + "/" + key,
                          "unknown alias field " + QuoteForMessage(key) +
                              " (expected text, case or context)");
    }
    auto text = value.find("text");
    if (text == value.end() || !text->is_string() ||
        IsBlank(text->get<std::string>()))
      return ErrorAtPath(path, "alias object without a non-empty \"text\"");
    alias->text = std::string(Trim(text->get<std::string>()));
    if (auto c = value.find("case"); c != value.end()) {
      Status s = ParseCase(*c, path + "/case", &alias->case_rule, &alias->lower_safe);
      if (!s.ok()) return s;
    }
    if (auto context = value.find("context"); context != value.end()) {
      if (!context->is_array())
        return ErrorAtPath(path + "/context", "\"context\" must be an array of ids");
      for (size_t i = 0; i < context->size(); ++i) {
        const json& id = (*context)[i];
        std::string at = path + "/context/" + std::to_string(i);
        if (!id.is_string())
          return ErrorAtPath(at, "a context entry must be an id string");
        std::string text_id = id.get<std::string>();
        size_t colon = text_id.find(':');
        if (colon == std::string::npos ||
            !ParseEntityType(std::string_view(text_id).substr(0, colon)))
          return ErrorAtPath(at, "bad context id " + QuoteForMessage(text_id) +
                                     " (expected TYPE:slug)");
        alias->context.push_back(std::move(text_id));
      }
    }
    return Status::Ok();
  }

  std::string_view content_;
  const std::string& source_;
  std::optional<JsonPositions> positions_;
};

}  // namespace

Status ParseGazetteer(std::string_view content, const std::string& source,
                      Gazetteer* gazetteer) {
  std::vector<Entity> entities;
  Status s = FileParser(content, source).Parse(&entities);
  if (!s.ok()) return s;
  for (Entity& entity : entities) gazetteer->Add(std::move(entity));
  return Status::Ok();
}

Status LoadGazetteerFile(const std::string& path, Gazetteer* gazetteer) {
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  return ParseGazetteer(content, path, gazetteer);
}

Status LoadGazetteerDir(const std::string& dir, Gazetteer* gazetteer) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::Error(dir, 0, "no gazetteer folder here");
  std::vector<std::string> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".json" && it->is_regular_file(ec))
      files.push_back(it->path().string());
  }
  if (ec) return Status::Error(dir, 0, "cannot list the folder: " + ec.message());
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    Status s = LoadGazetteerFile(file, gazetteer);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace claimgraph
