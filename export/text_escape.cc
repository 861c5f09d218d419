#include "export/text_escape.h"

#include <cstdio>

#include "base/text.h"

namespace claimgraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Decodes the code point at `i` of valid UTF-8 (as RepairUtf8 returns).
char32_t DecodeAt(std::string_view s, size_t i, size_t* length) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = byte(0);
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  *length = len;
  return cp;
}

bool XmlForbids(char32_t cp) {
  if (cp < 0x20) return cp != 0x09 && cp != 0x0A && cp != 0x0D;
  return cp == 0xFFFE || cp == 0xFFFF;
}

// Calls `emit(cp, bytes)` for each character of CleanText(text).
template <typename Emit>
void ForEachClean(std::string_view text, Emit emit) {
  std::string repaired;
  if (FindInvalidUtf8(text)) {
    repaired = RepairUtf8(text);
    text = repaired;
  }
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    char32_t cp = DecodeAt(text, i, &len);
    if (XmlForbids(cp)) {
      emit(char32_t{0xFFFD}, kReplacement);
    } else {
      emit(cp, text.substr(i, len));
    }
    i += len;
  }
}

std::string EscapeXml(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  ForEachClean(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      default: out.append(bytes);
    }
  });
  return out;
}

bool InRanges(char32_t cp, std::initializer_list<std::pair<char32_t, char32_t>> ranges) {
  for (const auto& [low, high] : ranges)
    if (cp >= low && cp <= high) return true;
  return false;
}

// A subset of XML 1.0 4th edition BaseChar and Ideographic, which is in turn
// a subset of the 5th edition's NameChar: whichever rule a validator uses,
// these pass.
bool KeptInNmtoken(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9') || cp == '.' || cp == '-' || cp == '_' ||
           cp == ':';
  }
  return InRanges(cp, {{0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x00FF},
                       {0x0100, 0x0131}, {0x0134, 0x013E}, {0x0141, 0x0148},
                       {0x014A, 0x017E}, {0x0180, 0x01C3}, {0x01CD, 0x01F0},
                       {0x0388, 0x038A}, {0x038E, 0x03A1}, {0x03A3, 0x03CE},
                       {0x0401, 0x040C}, {0x040E, 0x044F}, {0x05D0, 0x05EA},
                       {0x0621, 0x063A}, {0x0641, 0x064A}, {0x3041, 0x3094},
                       {0x30A1, 0x30FA}, {0x4E00, 0x9FA5}, {0xAC00, 0xD7A3}});
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachClean(text, [&](char32_t, std::string_view bytes) { out.append(bytes); });
  return out;
}

std::string EscapeXmlText(std::string_view text) { return EscapeXml(text, false); }

std::string EscapeXmlAttribute(std::string_view text) {
  return EscapeXml(text, true);
}

bool IsXmlNmtoken(std::string_view text) {
  if (text.empty() || FindInvalidUtf8(text)) return false;
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    if (!KeptInNmtoken(DecodeAt(text, i, &len))) return false;
    i += len;
  }
  return true;
}

std::string ToXmlNmtoken(std::string_view text) {
  if (IsXmlNmtoken(text)) return std::string(text);
  if (text.empty()) return "_";
  std::string out;
  std::string repaired = RepairUtf8(text);
  size_t i = 0;
  while (i < repaired.size()) {
    size_t len;
    char32_t cp = DecodeAt(repaired, i, &len);
    if (KeptInNmtoken(cp)) {
      out.append(repaired, i, len);
    } else {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "_x%04X_", static_cast<unsigned>(cp));
      out += buffer;
    }
    i += len;
  }
  return out;
}

std::string CsvField(std::string_view text) {
  std::string body;
  body.reserve(text.size());
  bool quote = false;
  ForEachClean(text, [&](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '\\': body += "\xEF\xBC\xBC"; break;  // U+FF3C
      case '"': body += "\"\""; quote = true; break;
      case ',': case '\r': case '\n': body.append(bytes); quote = true; break;
      default: body.append(bytes);
    }
  });
  if (!body.empty() && (body.front() == ' ' || body.back() == ' ')) quote = true;
  return quote ? "\"" + body + "\"" : body;
}

std::string CsvArray(const std::vector<std::string>& items) {
  std::string joined;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) joined += ';';
    for (char c : items[i]) {
      if (c == ';') {
        joined += "\xEF\xBC\x9B";  // U+FF1B
      } else {
        joined += c;
      }
    }
  }
  return CsvField(joined);
}

std::string EscapeJsonLineSeparators(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
        (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += json[i];
    }
  }
  return out;
}

}  // namespace claimgraph
