#include "export/json_stream.h"

#include <charconv>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <nlohmann/json.hpp>

#include "base/text.h"
#include "export/text_escape.h"

namespace claimgraph {
namespace {

// The first byte at or after `i` that JSON escapes (a control character,
// '"' or '\\') or that is not ASCII, or the end.
size_t SkipJsonPlain(std::string_view text, size_t i) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  while (i + 16 <= text.size()) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // A signed compare: bytes from 0x80 up are negative, so "below a space"
    // also catches every byte that is not ASCII.
    __m128i hit = _mm_cmplt_epi8(bytes, space);
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, quote));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, backslash));
    if (int mask = _mm_movemask_epi8(hit)) return i + static_cast<size_t>(__builtin_ctz(mask));
    i += 16;
  }
#endif
  for (; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return i;
  }
  return i;
}

// U+2028 or U+2029 at `i`.
bool IsLineSeparator(std::string_view text, size_t i) {
  return text[i] == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
         (text[i + 2] == '\xA8' || text[i + 2] == '\xA9');
}

}  // namespace

void JsonStream::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (compact_) {
    if (has_items_.back()) buffer_ += ',';
  } else {
    buffer_ += has_items_.back() ? ",\n" : "\n";
    buffer_.append(has_items_.size(), ' ');
  }
  has_items_.back() = true;
}

void JsonStream::Close(char bracket) {
  bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items && !compact_) {
    buffer_ += '\n';
    buffer_.append(has_items_.size(), ' ');
  }
  buffer_ += bracket;
  if (lines_ && has_items_.empty()) buffer_ += '\n';
  MaybeFlush();
}

void JsonStream::BeginObject() {
  BeforeValue();
  buffer_ += '{';
  has_items_.push_back(false);
}

void JsonStream::EndObject() { Close('}'); }

void JsonStream::BeginArray() {
  BeforeValue();
  buffer_ += '[';
  has_items_.push_back(false);
}

void JsonStream::EndArray() { Close(']'); }

void JsonStream::Key(std::string_view key) {
  BeforeValue();
  buffer_ += '"';
  Escaped(key);
  buffer_ += compact_ ? "\":" : "\": ";
  after_key_ = true;
}

void JsonStream::String(std::string_view value) {
  BeforeValue();
  buffer_ += '"';
  Escaped(value);
  buffer_ += '"';
}

void JsonStream::Int(long long value) {
  BeforeValue();
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  buffer_.append(digits, end);
}

void JsonStream::Bool(bool value) {
  BeforeValue();
  buffer_ += value ? "true" : "false";
}

void JsonStream::Null() {
  BeforeValue();
  buffer_ += "null";
}

void JsonStream::StringOrNull(std::string_view value) {
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

void JsonStream::IntOrNull(const std::optional<long long>& value) {
  if (value) {
    Int(*value);
  } else {
    Null();
  }
}

void JsonStream::Strings(std::span<const InternedString> values) {
  BeginArray();
  for (const InternedString& value : values) String(value);
  EndArray();
}

void JsonStream::Raw(std::string_view json) {
  BeforeValue();
  buffer_ += json;
  MaybeFlush();
}

void JsonStream::Escaped(std::string_view text) {
  // Runs of bytes that need nothing are copied at once, found sixteen bytes
  // at a time; UTF-8 is checked only from the first byte that is not ASCII
  // (most text is ASCII). Checking every string whole and then escaping it
  // byte by byte was half the JSON writer's time.
  const size_t start = buffer_.size();
  bool checked = false;
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while ((i = SkipJsonPlain(text, i)) < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      if (!checked && FindInvalidUtf8(text.substr(i))) {
        // Invalid UTF-8 never reaches here from the readers, which repair
        // it; for anything else nlohmann's own replacement is the reference.
        buffer_.resize(start);
        std::string quoted = nlohmann::json(std::string(text))
                                 .dump(-1, ' ', false,
                                       nlohmann::json::error_handler_t::replace);
        if (lines_) quoted = EscapeJsonLineSeparators(quoted);
        buffer_.append(quoted, 1, quoted.size() - 2);
        return;
      }
      checked = true;
      if (lines_ && IsLineSeparator(text, i)) {
        buffer_.append(text.data() + run, i - run);
        buffer_ += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
        i += 3;
        run = i;
        continue;
      }
      ++i;
      continue;
    }
    buffer_.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': buffer_ += "\\\""; break;
      case '\\': buffer_ += "\\\\"; break;
      case '\b': buffer_ += "\\b"; break;
      case '\t': buffer_ += "\\t"; break;
      case '\n': buffer_ += "\\n"; break;
      case '\f': buffer_ += "\\f"; break;
      case '\r': buffer_ += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        buffer_ += "\\u00";
        buffer_ += kHex[c >> 4];
        buffer_ += kHex[c & 15];
      }
    }
    ++i;
  }
  buffer_.append(text.data() + run, text.size() - run);
}

void JsonStream::ResumeInArray(size_t depth, bool has_items) {
  has_items_.assign(depth, true);
  if (depth > 0) has_items_.back() = has_items;
  after_key_ = false;
}

void JsonStream::AppendItems(std::string_view text) {
  if (text.empty()) return;
  buffer_ += text;
  has_items_.back() = true;
  MaybeFlush();
}

void JsonStream::MaybeFlush() { block_.Flush(); }

void ClockOrNull(JsonStream& out, const std::optional<long long>& seconds) {
  if (seconds) {
    out.String(FormatClock(*seconds));
  } else {
    out.Null();
  }
}

void JsonStream::Finish() {
  if (!compact_) buffer_ += '\n';
  block_.Finish();
}

}  // namespace claimgraph
