// export/json_stream.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// Writes JSON token by token, straight to a stream, in the layout of
// nlohmann::json::dump(1) (one space of indent per level, "key": value, empty
// containers as {} and []), so a large graph is never held twice in memory
// (once as a document tree, once as text) on its way to the file.
//
//   JsonStream out(&file);          // or JsonStream out; ... out.text()
//   out.BeginObject();
//   out.Key("id"); out.String("person:sam-altman");
//   out.Key("episodes"); out.BeginArray(); out.Int(3); out.EndArray();
//   out.EndObject();
//   out.Finish();                   // the final newline; flushes
//
// Strings are escaped as nlohmann escapes them without ensure_ascii: quote,
// backslash and control characters only, "\u001f" in lower case; text that is
// not valid UTF-8 has each bad sequence replaced by U+FFFD, as
// error_handler_t::replace does.
//
// Compact (JsonLayout::kCompact): laid out as nlohmann's dump(-1), no spaces
// and no newlines. JSON Lines (JsonLayout::kLines): each top-level object or
// array is laid out compact and ends its line, and U+2028 and U+2029 in
// strings are written "\u2028" and "\u2029" (EscapeJsonLineSeparators,
// export/text_escape.h), so that no reader that splits lines at them splits
// a record.
//
// The caller keeps the calls balanced; nothing is checked.
//
// Thread safety: one stream per thread.
#ifndef CLAIMGRAPH_EXPORT_JSON_STREAM_H_
#define CLAIMGRAPH_EXPORT_JSON_STREAM_H_

#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "export/block_output.h"
#include "graph/interned_string.h"

namespace claimgraph {

enum class JsonLayout {
  kIndented,  // one document, as dump(1)
  kCompact,   // one document, as dump(-1): no spaces, no newlines
  kLines,     // one value per line, as dump(-1), line separators escaped
};

class JsonStream {
 public:
  // Writes to `out` in large blocks; with no stream the text is kept and
  // text() returns it.
  explicit JsonStream(std::ostream* out = nullptr, JsonLayout layout = JsonLayout::kIndented)
      : block_(out),
        compact_(layout != JsonLayout::kIndented),
        lines_(layout == JsonLayout::kLines) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // An object member's key; the value follows with the next call.
  void Key(std::string_view key);

  void String(std::string_view value);
  void Int(long long value);
  void Bool(bool value);
  void Null();
  // A string, or null when `value` is empty.
  void StringOrNull(std::string_view value);
  void IntOrNull(const std::optional<long long>& value);
  void Strings(std::span<const InternedString> values);
  // A value that is already JSON text in this stream's layout, such as a
  // part of the document made apart by nlohmann's dump.
  void Raw(std::string_view json);

  // Writing a long array on several threads: a stream with no output
  // stream, told where the items will go (`depth` containers open, the
  // innermost an array that `has_items` or not), writes a run of items;
  // the array's own stream then takes that text with AppendItems, in order.
  // The bytes are those the items written directly would have made.
  void ResumeInArray(size_t depth, bool has_items);
  void AppendItems(std::string_view text);

  // Ends an indented document with a newline (compact ones end as dump(-1)
  // ends them; in JSON Lines each value has ended its own line) and flushes
  // it to the stream.
  void Finish();
  // The text written so far, when there is no stream.
  const std::string& text() const { return block_.text(); }
  std::string TakeText() { return block_.TakeText(); }

 private:
  void BeforeValue();
  void Close(char bracket);
  void Escaped(std::string_view text);
  void MaybeFlush();

  BlockOutput block_;
  std::string& buffer_ = block_.buffer();
  bool compact_;  // no spaces or newlines between tokens
  bool lines_;    // each top-level value ends a line; U+2028/9 escaped
  std::vector<bool> has_items_;  // per open container
  bool after_key_ = false;
};

// A time in seconds as the contract writes it ("00:07:11"), or null.
void ClockOrNull(JsonStream& out, const std::optional<long long>& seconds);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_JSON_STREAM_H_
