// The "diarized-json" layout (layouts.h): the output of speech-to-text
// services with speaker diarization, as JSON.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/json_parse.h"
#include "base/text.h"
#include "extract/transcript/layouts.h"

namespace claimgraph {
namespace {

using Json = nlohmann::json;

// Bytes looked at to recognise the format.
constexpr size_t kSniffBytes = 64 * 1024;

// Field names used by the services we know, in order of preference.
constexpr const char* kSpeakerKeys[] = {"speaker", "speaker_label",
                                        "speaker_name", "spk", "name"};
constexpr const char* kStartKeys[] = {"start", "start_time", "startTime",
                                      "begin", "from"};
constexpr const char* kTextKeys[] = {"text", "transcript", "content",
                                     "sentence"};
// Arrays of segments inside a top-level object; "utterances" (AssemblyAI)
// counts in milliseconds.
constexpr const char* kArrayKeys[] = {"segments", "utterances", "results"};

// Walks JSON text that nlohmann has already accepted, to find where the
// elements of one array start, so that each segment can name its line
// (nlohmann's values do not keep positions).
class OffsetScanner {
 public:
  explicit OffsetScanner(std::string_view text) : text_(text) {}

  // Offsets of the elements of the top-level array (`key` empty) or of the
  // array under `key` in the top-level object.
  std::vector<size_t> ElementOffsets(std::string_view key) {
    std::vector<size_t> offsets;
    pos_ = 0;
    SkipSpace();
    if (key.empty()) {
      if (Peek() == '[') Elements(&offsets);
      return offsets;
    }
    if (Peek() != '{') return offsets;
    ++pos_;
    while (pos_ < text_.size()) {
      SkipSpace();
      if (Peek() != '"') return offsets;
      size_t key_start = pos_ + 1;
      SkipString();
      std::string_view name = text_.substr(key_start, pos_ - 1 - key_start);
      SkipSpace();
      if (Peek() != ':') return offsets;
      ++pos_;
      SkipSpace();
      if (name == key && Peek() == '[') {
        Elements(&offsets);
        return offsets;
      }
      SkipValue();
      SkipSpace();
      if (Peek() != ',') return offsets;
      ++pos_;
    }
    return offsets;
  }

 private:
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\t' ||
            text_[pos_] == '\r'))
      ++pos_;
  }

  void SkipString() {  // at the opening quote; ends after the closing one
    for (++pos_; pos_ < text_.size(); ++pos_) {
      if (text_[pos_] == '\\') {
        ++pos_;
      } else if (text_[pos_] == '"') {
        ++pos_;
        return;
      }
    }
  }

  void SkipValue() {
    char c = Peek();
    if (c == '"') {
      SkipString();
      return;
    }
    if (c != '{' && c != '[') {
      while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' &&
             text_[pos_] != ']')
        ++pos_;
      return;
    }
    int depth = 0;
    while (pos_ < text_.size()) {
      char d = text_[pos_];
      if (d == '"') {
        SkipString();
        continue;
      }
      if (d == '{' || d == '[') ++depth;
      if (d == '}' || d == ']') --depth;
      ++pos_;
      if (depth == 0) return;
    }
  }

  void Elements(std::vector<size_t>* offsets) {  // at '['
    ++pos_;
    while (pos_ < text_.size()) {
      SkipSpace();
      if (Peek() == ']' || Peek() == '\0') return;
      offsets->push_back(pos_);
      SkipValue();
      SkipSpace();
      if (Peek() != ',') return;
      ++pos_;
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
};

const Json* Field(const Json& object, const char* const* keys, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    auto it = object.find(keys[i]);
    if (it != object.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

std::string SpeakerOf(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return "Speaker " + std::to_string(value.get<long long>());
  return {};
}

std::optional<long long> SecondsOf(const Json& value, bool milliseconds) {
  double number;
  if (value.is_number()) {
    number = value.get<double>();
  } else if (value.is_string()) {
    std::optional<long long> clock = ParseClock(value.get<std::string>());
    if (!clock) return std::nullopt;
    return clock;
  } else {
    return std::nullopt;
  }
  if (!std::isfinite(number) || number < 0 || number > 1e12) return std::nullopt;
  if (milliseconds) number /= 1000;
  return static_cast<long long>(std::floor(number));
}

class DiarizedJsonReader : public LayoutReader {
 public:
  std::string_view name() const override { return "diarized-json"; }

  int Score(const SourceText& text) const override {
    std::string_view head = text.text().substr(0, kSniffBytes);
    size_t first = head.find_first_not_of(" \t\n");
    if (first == std::string_view::npos ||
        (head[first] != '[' && head[first] != '{'))
      return 0;
    for (std::string_view key : {"\"speaker", "\"segments\"", "\"utterances\""})
      if (head.find(key) != std::string_view::npos) return kCertain;
    return 0;
  }

  bool reads_lines() const override { return false; }
  bool counts_turn_lines() const override { return false; }

  Status Read(const SourceText& text, const ReadOptions&,
              EpisodeBuilder* builder, DiagnosticSink* sink) const override {
    Json doc;
    if (std::optional<JsonParseFailure> bad = ParseJson(text.text(), &doc)) {
      size_t at = bad->offset;
      int line = text.LineAt(at);
      size_t line_start = at;
      while (line_start > 0 && text.text()[line_start - 1] != '\n') --line_start;
      return Status::Error(text.source(), line, "invalid JSON: " + bad->reason,
                           static_cast<int>(at - line_start) + 1);
    }

    const Json* segments = nullptr;
    std::string array_key;
    if (doc.is_array()) {
      segments = &doc;
    } else if (doc.is_object()) {
      for (const char* key : kArrayKeys) {
        auto it = doc.find(key);
        if (it != doc.end() && it->is_array()) {
          segments = &*it;
          array_key = key;
          break;
        }
      }
      if (auto it = doc.find("title"); it != doc.end() && it->is_string())
        builder->SetTitle(it->get<std::string>());
      if (auto it = doc.find("date"); it != doc.end() && it->is_string())
        builder->SetDate(it->get<std::string>());
    }
    if (!segments)
      return Status::Error(text.source(), 1,
                           "JSON without speaker segments: expected an array, "
                           "or an object with \"segments\" or \"utterances\"");
    const bool milliseconds = array_key == "utterances";
    std::vector<size_t> offsets = OffsetScanner(text.text()).ElementOffsets(array_key);

    std::string current;
    for (size_t i = 0; i < segments->size(); ++i) {
      const Json& item = (*segments)[i];
      int line = i < offsets.size() ? text.LineAt(offsets[i]) : 0;
      if (!item.is_object()) {
        if (sink) sink->Warn(text.source(), line, "segment is not an object; skipped");
        continue;
      }
      const Json* said = Field(item, kTextKeys, std::size(kTextKeys));
      if (!said || !said->is_string()) continue;
      std::string speaker;
      if (const Json* who = Field(item, kSpeakerKeys, std::size(kSpeakerKeys)))
        speaker = SpeakerOf(*who);
      if (speaker.empty()) speaker = current.empty() ? "Speaker 1" : current;
      std::optional<long long> seconds;
      if (const Json* start = Field(item, kStartKeys, std::size(kStartKeys)))
        seconds = SecondsOf(*start, milliseconds);
      // Services cut turns into sentences: one speaker's run is one turn.
      if (speaker != current || !builder->has_open_turn()) {
        builder->StartTurn(speaker, seconds, line);
        current = speaker;
      }
      builder->AddText(said->get<std::string>());
    }
    return Status::Ok();
  }
};

}  // namespace

const LayoutReader& DiarizedJsonLayout() {
  static const DiarizedJsonReader kReader;
  return kReader;
}

}  // namespace claimgraph
