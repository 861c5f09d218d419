#include "export/text_escape.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// What an XML writer puts for an ASCII byte, or an empty view to keep it.
std::string_view XmlEscapeOf(unsigned char c, bool attribute) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '\r': return "&#13;";
    case '"': return attribute ? "&quot;" : "";
    case '\'': return attribute ? "&apos;" : "";
    case '\t': return attribute ? "&#9;" : "";
    case '\n': return attribute ? "&#10;" : "";
    default: return c < 0x20 ? kReplacement : "";
  }
}

// Bytes XmlEscapeOf or XmlForbids might change, in element text and in an
// attribute: the rest are copied as they are. Quotes change only in an
// attribute, and element text (every claim's) is full of apostrophes. With
// SSE2, MayEscapeMask tells the same bytes 16 at a time; without, these
// tables do one byte at a time.
#if !defined(__SSE2__)
constexpr std::array<bool, 256> XmlMayEscape(bool attribute) {
  std::array<bool, 256> may{};
  for (int c = 0; c < 256; ++c)
    may[c] = c < 0x20 || c >= 0x80 || c == '&' || c == '<' || c == '>' ||
             (attribute && (c == '"' || c == '\''));
  return may;
}
constexpr std::array<bool, 256> kTextMayEscape = XmlMayEscape(false);
constexpr std::array<bool, 256> kAttributeMayEscape = XmlMayEscape(true);
#endif

#if defined(__SSE2__)
// A bit per byte of `bytes` that may need escaping (see above).
int MayEscapeMask(__m128i bytes, bool attribute) {
  const __m128i below_space = _mm_set1_epi8(0x20);
  const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>');
  // In element text a quote stands in for '&', which is looked for already.
  const __m128i quote = _mm_set1_epi8(attribute ? '"' : '&');
  const __m128i apostrophe = _mm_set1_epi8(attribute ? '\'' : '&');
  // As signed bytes, both controls and bytes from 0x80 are below 0x20.
  __m128i hit = _mm_cmplt_epi8(bytes, below_space);
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, amp));
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, lt));
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, gt));
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, quote));
  hit = _mm_or_si128(hit, _mm_cmpeq_epi8(bytes, apostrophe));
  return _mm_movemask_epi8(hit);
}
#endif

// The first byte at or after `i` that may need escaping (see above), or the
// end. Sixteen bytes at a time where SSE2 is there (every x86-64), the last
// few too: the Gephi writers spend most of their time here, mostly on
// short text (ids, labels, clock times).
size_t SkipPlain(std::string_view text, size_t i, bool attribute) {
#if defined(__SSE2__)
  while (i + 16 <= text.size()) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    if (int mask = MayEscapeMask(bytes, attribute))
      return i + static_cast<size_t>(__builtin_ctz(mask));
    i += 16;
  }
  if (i == text.size()) return i;
  // The rest, copied out so as not to read past the text; the padding's
  // zero bytes count as controls, so only the first `rest` bits count.
  const size_t rest = text.size() - i;
  alignas(16) char tail[16] = {};
  std::memcpy(tail, text.data() + i, rest);
  int mask = MayEscapeMask(_mm_load_si128(reinterpret_cast<const __m128i*>(tail)), attribute) &
             ((1 << rest) - 1);
  return mask ? i + static_cast<size_t>(__builtin_ctz(mask)) : text.size();
#else
  const std::array<bool, 256>& may = attribute ? kAttributeMayEscape : kTextMayEscape;
  while (i < text.size() && !may[static_cast<unsigned char>(text[i])]) ++i;
  return i;
#endif
}

// The same bytes as ForEachClean with the escapes above, but runs of bytes
// that need nothing are appended at once: the Gephi writers send every
// label and claim text through here.
void AppendEscapedXml(std::string& out, std::string_view text, bool attribute) {
  // Most text is ASCII: UTF-8 is checked only from the first byte that is not.
  const size_t start = out.size();
  bool checked = false;
  size_t run = 0;
  size_t i = 0;
  while (true) {
    i = SkipPlain(text, i, attribute);
    if (i == text.size()) break;
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::string_view replacement;
    size_t len = 1;
    if (c >= 0x80) {
      if (!checked && FindInvalidUtf8(text.substr(i))) {
        out.resize(start);
        AppendEscapedXml(out, RepairUtf8(text), attribute);
        return;
      }
      checked = true;
      if (XmlForbids(DecodeAt(text, i, &len))) replacement = kReplacement;
    } else {
      replacement = XmlEscapeOf(c, attribute);
    }
    if (!replacement.empty()) {
      out.append(text.data() + run, i - run);
      out.append(replacement);
      run = i + len;
    }
    i += len;
  }
  out.append(text.data() + run, text.size() - run);
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

void AppendXmlText(std::string& out, std::string_view text) {
  AppendEscapedXml(out, text, false);
}

void AppendXmlAttribute(std::string& out, std::string_view text) {
  AppendEscapedXml(out, text, true);
}

std::string EscapeXmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlText(out, text);
  return out;
}

std::string EscapeXmlAttribute(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlAttribute(out, text);
  return out;
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

void AppendCsvField(std::string& out, std::string_view text) {
  // Printable ASCII but for the bytes CsvField changes or quotes for.
  bool plain = std::all_of(text.begin(), text.end(), [](char c) {
    return c >= 0x20 && c < 0x7F && c != '"' && c != ',' && c != '\\';
  });
  if (!plain) {
    out += CsvField(text);
    return;
  }
  bool quote = !text.empty() && (text.front() == ' ' || text.back() == ' ');
  if (quote) out += '"';
  out += text;
  if (quote) out += '"';
}

std::string CsvArray(std::span<const InternedString> items) {
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
