#include "export/json_reader.h"

#include <limits>
#include <set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/atomic_file.h"
#include "base/json_members.h"
#include "base/text.h"

namespace claimgraph {
namespace {

using Json = nlohmann::json;

// A structural error: the JSON Pointer of the bad value and what is wrong.
struct BadValue {
  std::string pointer;
  std::string message;
};

class Reader {
 public:
  // Each getter reads `object[key]`, takes `fallback` when the key is
  // missing (or null, for optional values), and throws BadValue when the
  // value has the wrong type.
  static const Json* Field(const Json& object, const char* key) {
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
  }

  static std::string String(const Json& object, const char* key,
                            const std::string& at, bool nullable = false) {
    const Json* value = Field(object, key);
    if (!value || (nullable && value->is_null())) return "";
    if (!value->is_string()) throw BadValue{At(at, key), "expected a string"};
    return value->get<std::string>();
  }

  static std::string RequiredString(const Json& object, const char* key,
                                    const std::string& at) {
    const Json* value = Field(object, key);
    if (!value) throw BadValue{at, std::string("missing \"") + key + "\""};
    return String(object, key, at);
  }

  static long long Integer(const Json& object, const char* key, const std::string& at) {
    const Json* value = Field(object, key);
    if (!value) return 0;
    if (!value->is_number_integer())
      throw BadValue{At(at, key), "expected an integer"};
    return value->get<long long>();
  }

  static int Line(const Json& object, const std::string& at) {
    long long line = Integer(object, "line", at);
    if (line < 0 || line > 2147483647)
      throw BadValue{At(at, "line"), "expected a line number"};
    return static_cast<int>(line);
  }

  static std::optional<long long> Seconds(const Json& object, const std::string& at) {
    const Json* value = Field(object, "seconds");
    if (!value || value->is_null()) return std::nullopt;
    // The least long long is where the graph keeps "none" (OptionalSeconds).
    if (!value->is_number_integer() || value->get<long long>() == OptionalSeconds::kNone ||
        (value->is_number_unsigned() &&
         value->get<unsigned long long>() > std::numeric_limits<long long>::max()))
      throw BadValue{At(at, "seconds"), "expected an integer or null"};
    return value->get<long long>();
  }

  static bool Bool(const Json& object, const char* key, const std::string& at) {
    const Json* value = Field(object, key);
    if (!value) return false;
    if (!value->is_boolean()) throw BadValue{At(at, key), "expected true or false"};
    return value->get<bool>();
  }

  static std::vector<InternedString> Strings(const Json& object, const char* key,
                                             const std::string& at) {
    std::vector<InternedString> out;
    const Json* value = Field(object, key);
    if (!value) return out;
    if (!value->is_array()) throw BadValue{At(at, key), "expected an array"};
    for (size_t i = 0; i < value->size(); ++i) {
      if (!(*value)[i].is_string())
        throw BadValue{At(At(at, key), i), "expected a string"};
      out.push_back((*value)[i].get_ref<const std::string&>());
    }
    return out;
  }

  static const Json& Array(const Json& object, const char* key, const std::string& at,
                           bool required) {
    static const Json kEmpty = Json::array();
    const Json* value = Field(object, key);
    if (!value) {
      if (required) throw BadValue{at.empty() ? "/" : at, std::string("missing \"") + key + "\""};
      return kEmpty;
    }
    if (!value->is_array()) throw BadValue{At(at, key), "expected an array"};
    return *value;
  }

  static const Json& Object(const Json& value, const std::string& at) {
    if (!value.is_object()) throw BadValue{at, "expected an object"};
    return value;
  }

  static std::string At(const std::string& at, std::string_view key) {
    std::string out = at + "/";
    for (char c : key) {
      if (c == '~') {
        out += "~0";
      } else if (c == '/') {
        out += "~1";
      } else {
        out += c;
      }
    }
    return out;
  }
  static std::string At(const std::string& at, size_t index) {
    return at + "/" + std::to_string(index);
  }
};

EpisodeRecord ReadEpisode(const Json& json, const std::string& at) {
  Reader::Object(json, at);
  EpisodeRecord episode;
  episode.id = Reader::RequiredString(json, "id", at);
  episode.title = Reader::String(json, "title", at);
  episode.date = Reader::String(json, "date", at, /*nullable=*/true);
  episode.source = Reader::String(json, "source", at);
  episode.layout = Reader::String(json, "layout", at);
  episode.speakers = Reader::Strings(json, "speakers", at);
  const Json& chapters = Reader::Array(json, "chapters", at, false);
  for (size_t i = 0; i < chapters.size(); ++i) {
    std::string here = Reader::At(Reader::At(at, "chapters"), i);
    const Json& c = Reader::Object(chapters[i], here);
    episode.chapters.push_back(Chapter{Reader::String(c, "title", here),
                                       Reader::Seconds(c, here),
                                       Reader::String(c, "summary", here),
                                       Reader::Line(c, here)});
  }
  const Json& turns = Reader::Array(json, "turns", at, false);
  for (size_t i = 0; i < turns.size(); ++i) {
    std::string here = Reader::At(Reader::At(at, "turns"), i);
    const Json& t = Reader::Object(turns[i], here);
    episode.turns.push_back(EpisodeRecord::Turn{Reader::String(t, "speaker", here),
                                                Reader::Seconds(t, here),
                                                Reader::Line(t, here),
                                                Reader::Integer(t, "words", here)});
  }
  return episode;
}

NodeData ReadNode(const Json& json, const std::string& at) {
  Reader::Object(json, at);
  NodeData node;
  node.id = Reader::RequiredString(json, "id", at);
  std::string type = Reader::RequiredString(json, "type", at);
  std::optional<NodeType> parsed = ParseNodeType(type);
  if (!parsed)
    throw BadValue{Reader::At(at, "type"), "unknown node type " + QuoteForMessage(type)};
  node.type = *parsed;
  std::string label = Reader::String(json, "label", at);
  switch (node.type) {
    case NodeType::kEpisode: {
      NodeProfile& profile = node.mutable_profile();
      profile.title = Reader::String(json, "title", at);
      profile.date = Reader::String(json, "date", at, /*nullable=*/true);
      profile.source = Reader::String(json, "source", at);
      break;
    }
    case NodeType::kClaim:
      node.text = Reader::String(json, "text", at);
      node.claim_speaker = Reader::String(json, "speaker", at);
      node.episode = Reader::String(json, "episode", at);
      node.seconds = Reader::Seconds(json, at);
      node.line = Reader::Line(json, at);
      node.relation = Reader::String(json, "relation", at, true);
      node.subject = Reader::String(json, "subject", at, true);
      node.object = Reader::String(json, "object", at, true);
      node.about = Reader::Strings(json, "about", at);
      node.modality = Reader::String(json, "modality", at);
      node.negated = Reader::Bool(json, "negated", at);
      // Kept only when it is not the one the graph would make.
      node.label_from_text = node.relation.empty() && label == SentenceLabel(node.text);
      break;
    default: {
      NodeProfile& profile = node.mutable_profile();
      profile.aliases = Reader::Strings(json, "aliases", at);
      profile.mentions = Reader::Integer(json, "mentions", at);
      profile.episodes = Reader::Strings(json, "episodes", at);
      node.speaker = Reader::Bool(json, "speaker", at);
      profile.kind = Reader::String(json, "kind", at);
      profile.homepage = Reader::String(json, "homepage", at);
      profile.wikidata = Reader::String(json, "wikidata", at);
      break;
    }
  }
  if (!node.label_from_text) node.label = label;
  return node;
}

// `source` and `target`: the ids of the edge's ends, already checked.
EdgeData ReadEdge(const Json& json, const std::string& at, std::string_view source,
                  std::string_view target) {
  EdgeData edge;
  edge.type = Reader::RequiredString(json, "type", at);
  std::string key = Reader::String(json, "key", at);
  edge.key_form = EdgeKeyFormOf(key, source, target);
  if (edge.key_form == EdgeKeyForm::kStored) edge.key = key;
  if (edge.type == "appears_in") return edge;
  if (edge.type == "about") {
    edge.role = Reader::String(json, "role", at);
    return edge;
  }
  edge.episode = Reader::String(json, "episode", at);
  edge.seconds = Reader::Seconds(json, at);
  edge.line = Reader::Line(json, at);
  if (Reader::Field(json, "claim")) {
    edge.claim = Reader::String(json, "claim", at);
    edge.speaker = Reader::String(json, "speaker", at);
    edge.modality = Reader::String(json, "modality", at);
    edge.negated = Reader::Bool(json, "negated", at);
  }
  return edge;
}

// Reads a saved graph as the parse hands over its parts (json_members.h), in
// the order of the contract: format and version, then every episode, node
// and edge. Parts that come early (an edge before the nodes, in a file
// edited by hand) wait until their turn, so the graph, and the first error
// reported, are those of reading the whole document at once. Only a member
// read (format, version, or a list) that appears twice is an error of its
// own: read whole, the last would silently win.
class DocumentReader : public JsonMemberVisitor {
 public:
  explicit DocumentReader(KnowledgeGraph* graph) : graph_(graph) {}

  void Member(const std::string& key, Json&& value) override {
    if (!Used(key) || !FirstTime(key)) return;
    int list = ListOf(key);
    if (list >= 0) {
      lists_[list].seen = true;  // not an array: an error in its turn
    } else {
      header_[key] = std::move(value);
    }
    Advance();
  }

  void ArrayStart(const std::string& key) override {
    if (!Used(key) || !FirstTime(key)) return;
    int list = ListOf(key);
    if (list >= 0) {
      lists_[list].seen = true;
      lists_[list].streamed = true;
    } else if (IsHeader(key)) {
      header_[key] = Json::array();
    }
  }

  // Once anything has failed (a repeated member included), nothing more is
  // read: the rest of the text is only parsed, for a syntax error that would
  // outrank the failure.
  void Element(const std::string& key, size_t index, Json&& value) override {
    if (failed()) return;
    int list = ListOf(key);
    if (list < 0) {
      if (IsHeader(key)) header_[key].push_back(std::move(value));
    } else if (stage_ == list) {  // Advance has read all that waited
      Read(list, index, value);
    } else {
      lists_[list].pending.emplace_back(index, std::move(value));
    }
  }

  void ArrayEnd(const std::string& key) override {
    int list = ListOf(key);
    if (list < 0 || failed()) return;
    lists_[list].finished = true;
    Advance();
  }

  void Root(Json&&) override {
    if (!failed()) error_ = BadValue{"/", "expected an object"};
  }

  // After the whole text has parsed: what never came is missing.
  void Finish() {
    at_end_ = true;
    Advance();
  }

  bool failed() const { return error_.has_value() || json_error_.has_value(); }
  const std::optional<BadValue>& error() const { return error_; }
  const std::optional<std::string>& json_error() const { return json_error_; }

 private:
  enum List { kEpisodes, kNodes, kEdges, kLists };
  static constexpr const char* kListNames[kLists] = {"episodes", "nodes", "edges"};
  static constexpr bool kRequired[kLists] = {false, true, true};

  struct ListState {
    bool seen = false;      // the member came
    bool streamed = false;  // as an array
    bool finished = false;  // its end came
    std::vector<std::pair<size_t, Json>> pending;  // elements waiting for their turn
  };

  static int ListOf(const std::string& key) {
    for (int list = 0; list < kLists; ++list)
      if (key == kListNames[list]) return list;
    return -1;
  }
  static bool IsHeader(const std::string& key) { return key == "format" || key == "version"; }
  // The members read; the others (directed, graph, ...) are derived or
  // unknown, and ignored.
  static bool Used(const std::string& key) { return IsHeader(key) || ListOf(key) >= 0; }

  bool FirstTime(const std::string& key) {
    if (seen_keys_.insert(key).second) return true;
    if (!failed()) error_ = BadValue{Reader::At("", key), "appears twice"};
    return false;
  }

  // Reads what has come, as far as the contract's order allows.
  void Advance() {
    if (failed()) return;
    if (!header_read_) {
      if (!ReadHeader()) return;
      header_read_ = true;
    }
    while (stage_ < kLists) {
      ListState& list = lists_[stage_];
      if (!list.seen) {
        if (!at_end_) return;
        if (kRequired[stage_]) {
          error_ = BadValue{"/", std::string("missing \"") + kListNames[stage_] + "\""};
          return;
        }
      } else if (!list.streamed) {
        error_ = BadValue{Reader::At("", kListNames[stage_]), "expected an array"};
        return;
      } else {
        for (auto& [index, value] : list.pending) {
          Read(stage_, index, value);
          if (failed()) return;
        }
        list.pending.clear();
        if (!list.finished) return;
      }
      ++stage_;
    }
  }

  // False while format or version has still to come; sets error_ when bad.
  bool ReadHeader() {
    auto format = header_.find("format");
    if (format == header_.end()) {
      if (!at_end_) return false;
    } else if (*format == "claimgraph-json") {
      auto version = header_.find("version");
      if (version == header_.end() && !at_end_) return false;
      if (version != header_.end() && version->is_number_integer() &&
          version->get<long long>() == 1)
        return true;
      error_ = BadValue{"/version", "unsupported version " +
                                        (version != header_.end() ? version->dump()
                                                                  : std::string("(none)")) +
                                        "; this claimgraph reads version 1"};
      return false;
    }
    error_ = BadValue{"/format", "not claimgraph JSON (expected \"claimgraph-json\")"};
    return false;
  }

  void Read(int list, size_t index, const Json& value) {
    std::string at = Reader::At(std::string("/") + kListNames[list], index);
    try {
      switch (list) {
        case kEpisodes:
          graph_->AddEpisodeRecord(ReadEpisode(value, at));
          break;
        case kNodes:
          AddNode(value, at);
          break;
        default:
          AddEdge(value, at);
          break;
      }
    } catch (const BadValue& bad) {
      error_ = bad;
    } catch (const Json::exception& e) {
      json_error_ = e.what();
    }
  }

  void AddNode(const Json& json, const std::string& at) {
    NodeData node = ReadNode(json, at);
    if (graph_->Find(node.id))
      throw BadValue{Reader::At(at, "id"), "duplicate node id " + QuoteForMessage(node.id)};
    graph_->AddNode(std::move(node));
  }

  void AddEdge(const Json& value, const std::string& at) {
    const Json& json = Reader::Object(value, at);
    KnowledgeGraph::Vertex ends[2];
    std::string ids[2];
    const char* names[2] = {"source", "target"};
    for (int k = 0; k < 2; ++k) {
      std::string& id = ids[k];
      id = Reader::RequiredString(json, names[k], at);
      std::optional<KnowledgeGraph::Vertex> v = graph_->Find(id);
      if (!v) throw BadValue{Reader::At(at, names[k]), "no node has id " + QuoteForMessage(id)};
      ends[k] = *v;
    }
    graph_->AddEdge(ends[0], ends[1], ReadEdge(json, at, ids[0], ids[1]));
  }

  KnowledgeGraph* graph_;
  Json header_ = Json::object();  // format and version, as they came
  ListState lists_[kLists];
  int stage_ = kEpisodes;  // the list being read
  bool header_read_ = false;
  bool at_end_ = false;
  std::set<std::string> seen_keys_;
  std::optional<BadValue> error_;
  std::optional<std::string> json_error_;
};

// 1-based line and column of the byte at `offset`.
void LineAndColumn(std::string_view text, size_t offset, int* line, int* column) {
  size_t end = std::min(offset, text.size());
  *line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++*line;
      line_start = i + 1;
    }
  }
  *column = static_cast<int>(end - line_start) + 1;
}

}  // namespace

namespace {

// What `reader` made of a whole document: `read`, moved into `*graph`, or
// the first error.
Status Finish(DocumentReader& reader, KnowledgeGraph&& read, const std::string& path,
              KnowledgeGraph* graph) {
  reader.Finish();
  if (reader.error()) {
    return Status::Error(path, 0, reader.error()->pointer + ": " + reader.error()->message);
  }
  if (reader.json_error()) return Status::Error(path, 0, "cannot read: " + *reader.json_error());
  *graph = std::move(read);
  return Status::Ok();
}

}  // namespace

Status ParseGraphJson(std::string_view text, const std::string& path,
                      KnowledgeGraph* graph) {
  KnowledgeGraph read;
  DocumentReader reader(&read);
  if (std::optional<JsonParseFailure> bad = ParseJsonMembers(text, &reader)) {
    int line, column;
    LineAndColumn(text, bad->offset, &line, &column);
    return Status::Error(path, line, "invalid JSON: " + bad->reason, column);
  }
  return Finish(reader, std::move(read), path, graph);
}

Status ReadGraphJson(const std::string& path, KnowledgeGraph* graph) {
  KnowledgeGraph read;
  DocumentReader reader(&read);
  bool broken = false;
  Status s = ParseJsonMembersFromFile(path, &reader, &broken);
  if (!s.ok()) return s;
  if (broken) {
    // Where and why: the place is a byte offset, which needs the text.
    std::string text;
    s = ReadFile(path, &text);
    if (!s.ok()) return s;
    return ParseGraphJson(text, path, graph);
  }
  return Finish(reader, std::move(read), path, graph);
}

}  // namespace claimgraph
