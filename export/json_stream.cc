#include "export/json_stream.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "base/text.h"

namespace claimgraph {
void JsonStream::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  buffer_ += has_items_.back() ? ",\n" : "\n";
  has_items_.back() = true;
  buffer_.append(has_items_.size(), ' ');
}

void JsonStream::Close(char bracket) {
  bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items) {
    buffer_ += '\n';
    buffer_.append(has_items_.size(), ' ');
  }
  buffer_ += bracket;
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
  buffer_ += "\": ";
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

void JsonStream::Strings(const std::vector<InternedString>& values) {
  BeginArray();
  for (const InternedString& value : values) String(value);
  EndArray();
}

void JsonStream::Escaped(std::string_view text) {
  // Invalid UTF-8 never reaches here from the readers, which repair it; for
  // anything else nlohmann's own replacement is the reference.
  if (FindInvalidUtf8(text)) {
    std::string quoted = nlohmann::json(std::string(text))
                             .dump(-1, ' ', false,
                                   nlohmann::json::error_handler_t::replace);
    buffer_.append(quoted, 1, quoted.size() - 2);
    return;
  }
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
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
  }
  buffer_.append(text.data() + run, text.size() - run);
}

void JsonStream::MaybeFlush() { block_.Flush(); }

void JsonStream::Finish() {
  buffer_ += '\n';
  block_.Finish();
}

}  // namespace claimgraph
