#include "export/compare_output.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "export/table.h"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;

std::string Number(size_t episode) { return "[" + std::to_string(episode + 1) + "]"; }

std::string Clock(const std::optional<long long>& seconds) {
  return seconds ? FormatClock(*seconds) : "--:--:--";
}

std::string Plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string Relation(const std::string& subject, const std::string& relation,
                     const std::string& object) {
  std::string words = relation;
  std::replace(words.begin(), words.end(), '_', ' ');
  return subject + " " + words + " " + object;
}

// "Ben Guest (hedged, negated)": the modality only when it is not a plain
// assertion, so the common case stays short.
std::string Who(const Statement& s) {
  std::vector<std::string> notes;
  if (s.modality != "asserted" && !s.modality.empty()) notes.push_back(s.modality);
  if (s.negated) notes.push_back("negated");
  std::string out = s.speaker_label;
  for (size_t i = 0; i < notes.size(); ++i)
    out += (i == 0 ? " (" : ", ") + notes[i];
  if (!notes.empty()) out += ")";
  return out;
}

// Appends `text` wrapped to `width`, every line after the first indented.
void AppendWrapped(std::string* out, const std::string& first_indent,
                   const std::string& text, size_t width) {
  size_t indent = DisplayWidth(first_indent);
  size_t room = width > indent + kMinWrapWidth ? width - indent : kMinWrapWidth;
  std::vector<std::string> lines = WrapText(text, room);
  for (size_t i = 0; i < lines.size(); ++i) {
    *out += i == 0 ? first_indent : std::string(indent, ' ');
    *out += lines[i];
    *out += '\n';
  }
}

void AppendNames(std::string* out, const Comparison& c,
                 const std::vector<std::string>& ids, size_t width) {
  std::map<std::string, std::string> labels;
  for (const auto& e : c.entities) labels[e.id] = e.label;
  std::string list;
  for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + labels[id];
  if (list.empty()) list = "(none)";
  AppendWrapped(out, "  ", list, width);
}

void AppendFinding(std::string* out, const Comparison& c,
                   const Comparison::Finding& f, size_t width) {
  std::string head = Relation(f.subject_label, f.relation, f.object_label);
  if (f.kind == "negation") head += ": asserted in one episode, negated in another";
  if (f.kind == "opposite") head += ", and the other way round";
  AppendWrapped(out, "  ", head, width);
  for (const Statement& s : f.statements) {
    std::string line = Number(s.episode) + " " + Clock(s.seconds) + "  ";
    std::string body = Who(s) + ": ";
    if (f.kind == "opposite") {
      bool forward = s.subject == f.subject;
      body += Relation(forward ? f.subject_label : f.object_label, f.relation,
                       forward ? f.object_label : f.subject_label) +
              ": ";
    }
    body += "\"" + s.text + "\" (" + c.episodes[s.episode].source + ":" +
            std::to_string(s.line) + ")";
    AppendWrapped(out, "    " + line, body, width);
  }
}

// `text` wrapped to `width`, lines after the first indented by two spaces so
// that one statement stands apart from the next.
std::string HangingWrap(const std::string& text, size_t width) {
  std::vector<std::string> lines = WrapText(text, width);
  if (lines.size() == 1) return lines[0];
  std::string rest;
  for (size_t i = 1; i < lines.size(); ++i) rest += (i == 1 ? "" : " ") + lines[i];
  std::string out = lines[0];
  for (const std::string& line : WrapText(rest, width - 2)) out += "\n  " + line;
  return out;
}

Json StatementJson(const Comparison& c, const Statement& s) {
  Json out;
  out["claim"] = s.claim;
  out["episode"] = c.episodes[s.episode].id;
  out["speaker"] = s.speaker;
  out["speaker_name"] = s.speaker_label;
  out["time"] = s.seconds ? Json(FormatClock(*s.seconds)) : Json(nullptr);
  out["seconds"] = s.seconds ? Json(*s.seconds) : Json(nullptr);
  out["source"] = c.episodes[s.episode].source;
  out["line"] = s.line;
  out["relation"] = s.relation.empty() ? Json(nullptr) : Json(s.relation);
  out["subject"] = s.subject.empty() ? Json(nullptr) : Json(s.subject);
  out["object"] = s.object.empty() ? Json(nullptr) : Json(s.object);
  out["negated"] = s.negated;
  out["modality"] = s.modality;
  out["label"] = s.label;
  out["text"] = s.text;
  return out;
}

Json FindingJson(const Comparison& c, const Comparison::Finding& f) {
  Json out;
  out["kind"] = f.kind;
  out["relation"] = f.relation;
  out["subject"] = f.subject;
  out["subject_name"] = f.subject_label;
  out["object"] = f.object;
  out["object_name"] = f.object_label;
  Json statements = Json::array();
  for (const Statement& s : f.statements) statements.push_back(StatementJson(c, s));
  out["statements"] = std::move(statements);
  return out;
}

}  // namespace

std::string CompareText(const Comparison& c, const CompareTextOptions& options) {
  const size_t n = c.episodes.size();
  const size_t width = std::max(options.width, size_t{40});
  std::string out;

  out += "Episodes\n";
  for (size_t i = 0; i < n; ++i) {
    const Comparison::Episode& e = c.episodes[i];
    std::string line = e.date.empty() ? "" : e.date + "  ";
    line += e.title.empty() ? e.id : e.title;
    line += "  (" + e.source + ")";
    AppendWrapped(&out, "  " + Number(i) + " ", line, width);
  }

  out += "\nIn common (" + std::to_string(c.common.size()) + ")\n";
  AppendNames(&out, c, c.common, width);
  for (size_t i = 0; i < n; ++i) {
    out += "Only in " + Number(i) + " (" + std::to_string(c.unique[i].size()) + ")\n";
    AppendNames(&out, c, c.unique[i], width);
  }

  out += "\nMentions per episode\n";
  Table mentions;
  mentions.columns = {"ENTITY", "TYPE"};
  for (size_t i = 0; i < n; ++i) mentions.columns.push_back(Number(i));
  mentions.columns.push_back("TOTAL");
  size_t shown = options.top == 0 ? c.entities.size()
                                  : std::min(options.top, c.entities.size());
  for (size_t k = 0; k < shown; ++k) {
    const Comparison::EntityCounts& e = c.entities[k];
    std::vector<std::string> row = {e.label, std::string(NodeTypeName(e.type))};
    for (long long m : e.mentions) row.push_back(std::to_string(m));
    row.push_back(std::to_string(e.total));
    mentions.rows.push_back(std::move(row));
  }
  out += FormatTextTable(mentions, {.width = width, .wrappable = {0}});
  if (shown < c.entities.size())
    out += "... and " + Plural(c.entities.size() - shown, "more entity", "more entities") +
           "\n";

  out += "\nClaims that agree (" + std::to_string(c.agreements.size()) + ")\n";
  for (const Comparison::Finding& f : c.agreements) AppendFinding(&out, c, f, width);
  out += "\nClaims that conflict (" + std::to_string(c.conflicts.size()) + ")\n";
  for (const Comparison::Finding& f : c.conflicts) AppendFinding(&out, c, f, width);

  out += "\nSide by side: what each speaker said about the entities they share\n";
  std::map<std::string, const Comparison::EntityCounts*> counts;
  for (const auto& e : c.entities) counts[e.id] = &e;
  size_t shared_shown = options.top == 0 ? c.shared.size()
                                         : std::min(options.top, c.shared.size());
  for (size_t k = 0; k < shared_shown; ++k) {
    const Comparison::SharedEntity& entity = c.shared[k];
    out += "\n" + entity.label + "\n";
    Table side;
    std::vector<std::string> cells(n);
    // Every episode gets an equal column, wrapped here, so that the columns
    // line up the same way for every entity.
    size_t column = std::max((width - 2 * (n - 1)) / n, kMinWrapWidth);
    std::vector<size_t> total(n, 0), listed(n, 0);
    for (size_t i = 0; i < n; ++i) side.columns.push_back(Number(i));
    for (const Statement& s : entity.statements) ++total[s.episode];
    for (const Statement& s : entity.statements) {
      if (options.statements > 0 && listed[s.episode] >= options.statements) continue;
      ++listed[s.episode];
      std::string& cell = cells[s.episode];
      if (!cell.empty()) cell += "\n";
      cell += HangingWrap(Who(s) + ", " + Clock(s.seconds) + ": " + s.text, column);
    }
    for (size_t i = 0; i < n; ++i) {
      if (listed[i] < total[i])
        cells[i] += "\n... and " + Plural(total[i] - listed[i], "more claim", "more claims");
      if (total[i] == 0)
        cells[i] = counts[entity.id]->mentions[i] > 0 ? "(mentioned; no claim)"
                                                      : "(not mentioned)";
    }
    for (std::string& header : side.columns)
      header += std::string(column - DisplayWidth(header), ' ');
    side.rows.push_back(std::move(cells));
    out += FormatTextTable(side, {.width = 0});
  }
  if (shared_shown < c.shared.size())
    out += "\n... and " +
           Plural(c.shared.size() - shared_shown, "more shared entity",
                  "more shared entities") +
           "\n";
  return out;
}

std::string CompareJson(const Comparison& c) {
  Json doc;
  Json episodes = Json::array();
  for (const Comparison::Episode& e : c.episodes) {
    episodes.push_back({{"id", e.id},
                        {"title", e.title},
                        {"date", e.date.empty() ? Json(nullptr) : Json(e.date)},
                        {"source", e.source}});
  }
  doc["episodes"] = std::move(episodes);
  doc["common"] = c.common;
  Json unique = Json::object();
  for (size_t i = 0; i < c.episodes.size(); ++i) unique[c.episodes[i].id] = c.unique[i];
  doc["unique"] = std::move(unique);
  Json entities = Json::array();
  for (const Comparison::EntityCounts& e : c.entities) {
    Json mentions = Json::object();
    for (size_t i = 0; i < c.episodes.size(); ++i)
      mentions[c.episodes[i].id] = e.mentions[i];
    entities.push_back({{"id", e.id},
                        {"name", e.label},
                        {"type", NodeTypeName(e.type)},
                        {"mentions", std::move(mentions)},
                        {"total", e.total}});
  }
  doc["entities"] = std::move(entities);
  Json shared = Json::array();
  for (const Comparison::SharedEntity& s : c.shared) {
    Json statements = Json::array();
    for (const Statement& st : s.statements) statements.push_back(StatementJson(c, st));
    shared.push_back(
        {{"id", s.id}, {"name", s.label}, {"statements", std::move(statements)}});
  }
  doc["shared"] = std::move(shared);
  Json agreements = Json::array();
  for (const auto& f : c.agreements) agreements.push_back(FindingJson(c, f));
  doc["agreements"] = std::move(agreements);
  Json conflicts = Json::array();
  for (const auto& f : c.conflicts) conflicts.push_back(FindingJson(c, f));
  doc["conflicts"] = std::move(conflicts);
  return doc.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace claimgraph
